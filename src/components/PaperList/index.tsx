import ListLink from '@site/src/components/ListLink';
import OrgTag from '@site/src/components/OrgTag';
import {koreanDate} from '@site/src/lib/review/dateLabel';
import {memo, type ReactNode, type Ref} from 'react';
import type {PaperRow} from '@site/src/plugins/paper-index/pageData';
import styles from './styles.module.css';

interface Props {
  papers: readonly PaperRow[];
  /** The `<ol>`, for pages that filter its rows in place. */
  listRef?: Ref<HTMLOListElement>;
}

/**
 * Reviewed papers, one row each: the title links to the paper's page, the
 * date to its card in the newest review. Memoised: filtering hides rows without re-rendering them.
 */
function PaperList({papers, listRef}: Props): ReactNode {
  return (
    <ol className={styles.list} ref={listRef}>
      {papers.map((paper) => (
        <li key={paper.key} className={styles.row} data-paper-row={paper.key}>
          <ListLink to={paper.page} className={styles.title}>
            {paper.title}
          </ListLink>
          {paper.subtitle && (
            <span className={styles.subtitle}>{paper.subtitle}</span>
          )}
          <div className={styles.meta}>
            <ListLink
              to={paper.href}
              aria-label={`${koreanDate(paper.date)} 리뷰`}
            >
              <time dateTime={paper.date}>{koreanDate(paper.date)}</time>
            </ListLink>
            {paper.arxivId && <span>arXiv {paper.arxivId}</span>}
            {paper.orgs.map((org) => (
              <OrgTag key={org.id ?? org.name} {...org} plainLink />
            ))}
          </div>
          {paper.excerpt && <p className={styles.excerpt}>{paper.excerpt}</p>}
          {paper.earlier.length > 0 && (
            <p className={styles.earlier}>
              이전 리뷰:{' '}
              {paper.earlier.map((review, index) => (
                <span key={review.href}>
                  {index > 0 && ', '}
                  <ListLink to={review.href}>
                    {koreanDate(review.date)}
                  </ListLink>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

export default memo(PaperList);
