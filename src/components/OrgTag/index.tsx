import type {CSSProperties, ReactNode} from 'react';
import Link from '@docusaurus/Link';
import ListLink from '../ListLink';
import clsx from 'clsx';
import type {OrgLabel} from '../../data/orgs';

import styles from './styles.module.css';

interface Props extends OrgLabel {
  /** A plain anchor instead of a prefetching `Link`, for long lists. */
  plainLink?: boolean;
}

/**
 * An organisation tag as a pill that links to the organisation's page. Its
 * label is resolved from the registry at build time (`orgLabel`); a tag the
 * registry does not know stays visible but neutral, so a typo is noticed.
 */
export default function OrgTag({
  id,
  name,
  fullName,
  color,
  plainLink = false,
}: Props): ReactNode {
  if (!id) {
    return (
      <span className={clsx(styles.tag, styles.unknown)} data-org-unknown>
        <span className={styles.name}>{name}</span>
      </span>
    );
  }
  // The brand colour only tints the dot: as text it would fail contrast in
  // one theme or the other.
  const accent = {'--org-color': color} as CSSProperties;
  const LinkTo = plainLink ? ListLink : Link;
  return (
    <LinkTo
      to={`/orgs/${id}`}
      className={clsx(styles.tag, styles.link)}
      data-org={id}
      title={fullName ?? name}
      style={accent}
    >
      <span className={styles.dot} aria-hidden="true" />
      <span className={styles.name}>{name}</span>
    </LinkTo>
  );
}
