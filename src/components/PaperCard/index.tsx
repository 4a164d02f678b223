import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {koreanDate} from '@site/src/lib/review/dateLabel';
import type {ReactNode} from 'react';
import type {OtherReview} from '@site/src/lib/review/appearances';
import styles from './styles.module.css';

interface Props {
  /** Id of the paper's heading, which names the card. */
  headingId: string;
  /** Stable anchor of the paper (`arxiv-2510.14901`), when it has an arXiv id. */
  alias?: string;
  /** Other posts that review the same paper, newest first. */
  alsoReviewedIn?: readonly OtherReview[];
  children: ReactNode;
}

/**
 * One reviewed paper: its header and the review under it. Generated from a
 * paper heading by `remarkPaperCards`; the card answers to the alias anchor.
 */
export default function PaperCard({
  headingId,
  alias,
  alsoReviewedIn = [],
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
      {alsoReviewedIn.length > 0 && (
        <footer className={styles.also}>
          다른 글에서도 다뤘습니다:{' '}
          {alsoReviewedIn.map((review, index) => (
            <span key={review.href}>
              {index > 0 && ', '}
              <Link to={review.href}>
                {koreanDate(review.date)}{' '}
                {review.kind === 'blog' ? '블로그' : '리뷰'}
              </Link>
            </span>
          ))}
        </footer>
      )}
    </article>
  );
}
