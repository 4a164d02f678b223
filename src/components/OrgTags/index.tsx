import type {ReactNode} from 'react';
import OrgTag from '../OrgTag';
import type {OrgLabel} from '../../data/orgs';

import styles from './styles.module.css';

interface Props {
  orgs: readonly OrgLabel[];
}

/** A post's organisations as a labelled list of tags; nothing when empty. */
export default function OrgTags({orgs}: Props): ReactNode {
  if (orgs.length === 0) {
    return null;
  }
  return (
    <ul className={styles.list} aria-label="기관">
      {orgs.map((org, index) => (
        // A heading may repeat a tag; the index keeps keys unique.
        <li key={`${index}:${org.name}`} className={styles.item}>
          <OrgTag {...org} />
        </li>
      ))}
    </ul>
  );
}
