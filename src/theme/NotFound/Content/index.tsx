import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {useEffect, useState, type ReactNode} from 'react';
import type {Props} from '@theme/NotFound/Content';
import styles from './styles.module.css';

/** How many of the latest reviews the page offers. */
const RECENT_COUNT = 5;

/**
 * The latest reviews, read from the site's JSON Feed once the page is up:
 * the not-found page is rare, so no page carries this list in its bundle.
 * The development server has no feeds.
 */
function useRecentReviews(): {title: string; path: string}[] {
  const feedUrl = useBaseUrl('/feed.json');
  const [reviews, setReviews] = useState<{title: string; path: string}[]>([]);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return;
    let current = true;
    fetch(feedUrl)
      .then((response) => (response.ok ? response.json() : {items: []}))
      .then((feed: {items?: {title?: string; url?: string}[]}) => {
        if (!current) return;
        setReviews(
          (feed.items ?? [])
            .filter((item) => item.title && item.url)
            .slice(0, RECENT_COUNT)
            .map((item) => ({
              title: item.title!,
              path: new URL(item.url!).pathname,
            })),
        );
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [feedUrl]);
  return reviews;
}

/**
 * The not-found page with ways on: a search of the site, the latest
 * reviews and the site's lists. Swizzled (ejected) from theme-classic's
 * `NotFound/Content`; its title and first line keep the theme's words.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const recent = useRecentReviews();
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate
              id="theme.NotFound.title"
              description="The title of the 404 page"
            >
              Page Not Found
            </Translate>
          </Heading>
          <p>
            <Translate
              id="theme.NotFound.p1"
              description="The first paragraph of the 404 page"
            >
              We could not find what you were looking for.
            </Translate>
          </p>
          <form
            action={useBaseUrl('/search')}
            role="search"
            className={styles.search}
          >
            <label htmlFor="not-found-query">사이트에서 찾아보기</label>
            <div className={styles.searchRow}>
              <input
                id="not-found-query"
                name="q"
                type="search"
                placeholder="예: 라우팅, self-play"
                className={styles.input}
              />
              <button type="submit" className="button button--primary">
                검색
              </button>
            </div>
          </form>
          {recent.length > 0 && (
            <section>
              <Heading as="h2" className={styles.subtitle}>
                최근 리뷰
              </Heading>
              <ul>
                {recent.map((review) => (
                  <li key={review.path}>
                    <Link to={review.path}>{review.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className={styles.lists}>
            <Link to="/">처음으로</Link>
            <Link to="/reviews">리뷰 전체</Link>
            <Link to="/papers">논문</Link>
            <Link to="/orgs">기관</Link>
          </p>
        </div>
      </div>
    </main>
  );
}
