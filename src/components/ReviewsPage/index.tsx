import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {koreanDate} from '@site/src/lib/review/dateLabel';
import type {ReactNode} from 'react';
import type {ReviewRow} from '@site/src/plugins/paper-index/pageData';
import styles from './styles.module.css';

/** The reviews of each month, months newest first (`2025-10`). */
function byMonth(reviews: readonly ReviewRow[]): [string, ReviewRow[]][] {
  const months = new Map<string, ReviewRow[]>();
  for (const review of reviews) {
    const month = review.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), review]);
  }
  return [...months];
}

/** Every review, newest first, a section per month. */
export default function ReviewsPage({data}: {data: ReviewRow[]}): ReactNode {
  const papers = data.reduce((sum, review) => sum + review.paperCount, 0);
  return (
    <Layout title="리뷰" description="모든 논문 리뷰, 최근 순">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">리뷰</Heading>
        <p>
          리뷰 {data.length}편에서 논문 {papers}편을 다뤘습니다. 최근 순입니다.
        </p>
        {byMonth(data).map(([month, reviews]) => (
          <section key={month} className={styles.month}>
            <Heading as="h2" id={`m${month}`} className={styles.monthTitle}>
              {`${Number(month.slice(0, 4))}년 ${Number(month.slice(5))}월`}
            </Heading>
            <ol className={styles.list}>
              {reviews.map((review) => (
                <li key={review.permalink} className={styles.item}>
                  <Link to={review.permalink} className={styles.date}>
                    <time dateTime={review.date}>
                      {koreanDate(review.date)}
                    </time>
                  </Link>
                  {review.title && (
                    <span className={styles.title}>{review.title}</span>
                  )}
                  <span className={styles.count}>
                    논문 {review.paperCount}편
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </Layout>
  );
}
