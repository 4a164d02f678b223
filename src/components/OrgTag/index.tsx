import type {CSSProperties, ReactNode} from 'react';
import Link from '@docusaurus/Link';
import ListLink from '../ListLink';
import clsx from 'clsx';
import {resolveOrg} from '../../data/orgs';

import styles from './styles.module.css';

interface Props {
  tag: string;
  /** A plain anchor instead of a prefetching `Link`, for long lists. */
  plainLink?: boolean;
}

/**
 * An organisation tag as written in a paper heading, shown as a pill that
 * links to the organisation's page. Tags the registry does not know stay
 * visible but neutral, so a typo is noticed rather than hidden.
 */
export default function OrgTag({tag, plainLink = false}: Props): ReactNode {
  const resolved = resolveOrg(tag);
  if (!resolved) {
    return (
      <span className={clsx(styles.tag, styles.unknown)} data-org-unknown>
        <span className={styles.name}>{tag.trim()}</span>
      </span>
    );
  }
  const {id, org} = resolved;
  // The brand colour only tints the dot: as text it would fail contrast in
  // one theme or the other.
  const accent = {'--org-color': org.color} as CSSProperties;
  const LinkTo = plainLink ? ListLink : Link;
  return (
    <LinkTo
      to={`/orgs/${id}`}
      className={clsx(styles.tag, styles.link)}
      data-org={id}
      title={org.fullName ?? org.name}
      style={accent}
    >
      <span className={styles.dot} aria-hidden="true" />
      <span className={styles.name}>{org.name}</span>
    </LinkTo>
  );
}
