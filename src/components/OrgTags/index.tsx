import type {ReactNode} from 'react';
import OrgTag from '../OrgTag';

import styles from './styles.module.css';

interface Props {
  orgs: readonly string[];
}

/** A post's organisations as a labelled list of tags; nothing when empty. */
export default function OrgTags({orgs}: Props): ReactNode {
  if (orgs.length === 0) {
    return null;
  }
  return (
    <ul className={styles.list} aria-label="기관">
      {orgs.map((tag, index) => (
        // A heading may repeat a tag; the index keeps keys unique.
        <li key={`${index}:${tag}`} className={styles.item}>
          <OrgTag tag={tag} />
        </li>
      ))}
    </ul>
  );
}
