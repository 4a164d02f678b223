import Link from '@docusaurus/Link';
import Cite from '@site/src/components/Cite';
import OrgTags from '@site/src/components/OrgTags';
import type {ReactNode} from 'react';
import type {OrgLabel} from '@site/src/data/orgs';
import {PAPER_LINK_LABELS, type PaperLink} from '@site/src/lib/review/arxiv';
import styles from './styles.module.css';

interface Props {
  /** The paper's position in the post, from 1. */
  position: number;
  /** Organisation tags, resolved through the registry at build time. */
  orgs?: readonly OrgLabel[];
  links?: readonly PaperLink[];
  /** Its authors, as the card shows them (`A, B, C 외 5명`), when known. */
  authors?: string;
  /** The paper's title, which `cite` cites. */
  title: string;
  /** The paper's own page, with every review of it: `/papers/2510.14901`. */
  page?: string;
  /** The paper's BibTeX entry. */
  cite: string;
  /** The title heading and, when there is one, the sub-title heading. */
  children: ReactNode;
}

/**
 * The top of a paper card: position in the post, linked title,
 * organisation tags, sub-title, authors when they are known, and a row of
 * links to the paper, ending in its citation.
 */
export default function PaperHeader({
  position,
  orgs = [],
  links = [],
  authors,
  title,
  page,
  cite,
  children,
}: Props): ReactNode {
  return (
    <header className={styles.header}>
      <span className={styles.number} aria-label={`${position}번`}>
        {position}
      </span>
      {children}
      {orgs.length > 0 && (
        <div className={styles.orgs}>
          <OrgTags orgs={orgs} />
        </div>
      )}
      {authors && <p className={styles.authors}>{authors}</p>}
      <ul className={styles.links} aria-label="논문 링크">
        {links.map((link) => (
          <li key={link.kind}>
            <Link href={link.url} data-paper-link={link.kind}>
              {PAPER_LINK_LABELS[link.kind]}
            </Link>
          </li>
        ))}
        {page && (
          <li>
            <Link to={page} data-paper-page>
              논문 페이지
            </Link>
          </li>
        )}
        <li>
          <Cite bibtex={cite} what={title} />
        </li>
      </ul>
    </header>
  );
}
