import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** Id of the paper's heading, which names the card. */
  headingId: string;
  /** Stable anchor of the paper (`arxiv-2510.14901`), when it has an arXiv id. */
  alias?: string;
  children: ReactNode;
}

/**
 * One reviewed paper: its header and the review under it. Generated from a
 * paper heading by `remarkPaperCards`; the card answers to the alias anchor.
 */
export default function PaperCard({
  headingId,
  alias,
  children,
}: Props): ReactNode {
  // Lets the build's broken-anchor check accept links to the alias.
  useBrokenLinks().collectAnchor(alias);
  return (
    <article
      className={styles.card}
      id={alias}
      aria-labelledby={headingId}
      data-paper-card=""
    >
      {children}
    </article>
  );
}
