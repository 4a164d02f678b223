import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import MonthChart from '@site/src/components/MonthChart';
import PaperList from '@site/src/components/PaperList';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  matchesTerms,
  paperHaystack,
  queryTerms,
} from '@site/src/client/paperFilter';
import {matchRanges, showMatches} from '@site/src/client/highlightMatches';
import {usePaperMatches} from '@site/src/client/search/usePaperMatches';
import clsx from 'clsx';
import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import type {
  PaperRow,
  PapersPageData,
} from '@site/src/plugins/paper-index/pageData';
import styles from './styles.module.css';

/**
 * Rows shown at a time once the reader filters. Laying out thousands of
 * rows that reappear costs seconds in Chromium; a page of matches does not.
 */
const PAGE_SIZE = 200;

/**
 * Every reviewed paper, newest first. The whole list is in the HTML; with
 * JavaScript the reader can narrow it by text and by organisation, and the
 * filter is kept in the address (`?q=…&org=…`) so it can be shared.
 */
export default function PapersPage({data}: {data: PapersPageData}): ReactNode {
  const isBrowser = useIsBrowser();
  const listRef = useRef<HTMLOListElement>(null);
  const [query, setQuery] = useState('');
  const [org, setOrg] = useState<string | null>(null);
  const haystacks = useMemo(() => {
    const names = new Map(
      data.orgs.map((org) => [
        org.id,
        [org.fullName ?? '', ...(org.aliases ?? [])],
      ]),
    );
    return data.papers.map((paper) => paperHaystack(paper, names));
  }, [data]);
  // Rendered once: filtering hides rows instead of re-rendering thousands.
  const list = useMemo(
    () => <PaperList papers={data.papers} listRef={listRef} />,
    [data],
  );
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Until the reader filters, the list stays as the HTML has it: all rows.
  const [filtered, setFiltered] = useState(false);

  useEffect(() => {
    // The address is only known in the browser, after hydration.
    const params = new URLSearchParams(window.location.search);
    if (params.has('q') || params.has('org')) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setQuery(params.get('q') ?? '');
      setOrg(params.get('org'));
      setFiltered(true);
    }
  }, []);

  const found = usePaperMatches(filtered ? query : '');
  const matches = useMemo(() => {
    if (!filtered) return null;
    const terms = queryTerms(query);
    const searchFinds = (paper: PaperRow) =>
      found.has(paper.href) ||
      paper.earlier.some((review) => found.has(review.href));
    return data.papers.map(
      (paper, index) =>
        (matchesTerms(haystacks[index]!, terms) || searchFinds(paper)) &&
        (!org || paper.orgs.some((ref) => ref.id === org)),
    );
  }, [filtered, query, org, data, haystacks, found]);
  const matched = matches ? matches.filter(Boolean).length : data.papers.length;
  const shown = matches ? Math.min(matched, limit) : matched;

  // The marks belong to this page: gone when the reader leaves it.
  useEffect(() => () => showMatches([]), []);

  useEffect(() => {
    const list = listRef.current;
    if (!list || !matches) return;
    let count = 0;
    const shownRows: Element[] = [];
    list.querySelectorAll<HTMLElement>(':scope > li').forEach((row, index) => {
      const visible = matches[index]! && count < limit;
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shownRows.push(row);
      if (matches[index]) count += 1;
    });
    showMatches(matchRanges(shownRows, queryTerms(query)));
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (org) params.set('org', org);
    const search = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    );
  }, [matches, limit, query, org]);

  return (
    <Layout title="논문" description="이 사이트에서 리뷰한 모든 논문">
      <main className="container margin-vert--lg">
        <Heading as="h1">논문</Heading>
        <p>
          리뷰한 논문 {data.papers.length}편, 최근 리뷰 순입니다. 제목을 누르면
          논문 페이지로, 날짜를 누르면 그 논문을 다룬 리뷰로 갑니다.
        </p>
        <MonthChart months={data.months} />
        <div className={styles.controls}>
          <label className={styles.search}>
            <span className={styles.label}>제목·기관·내용으로 찾기</span>
            <input
              type="search"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setLimit(PAGE_SIZE);
                setFiltered(true);
              }}
              placeholder="예: 라우팅, self-play"
              disabled={!isBrowser}
              autoComplete="off"
            />
          </label>
          <div
            className={styles.chips}
            role="group"
            aria-label="기관으로 거르기"
          >
            {data.orgs.map((item) => (
              <button
                key={item.id}
                type="button"
                className={clsx(
                  styles.chip,
                  org === item.id && styles.chipActive,
                )}
                aria-pressed={org === item.id}
                disabled={!isBrowser}
                onClick={() => {
                  setOrg(org === item.id ? null : item.id);
                  setLimit(PAGE_SIZE);
                  setFiltered(true);
                }}
              >
                {item.name} <span className={styles.count}>{item.count}</span>
              </button>
            ))}
          </div>
          <p className={styles.status} role="status" aria-live="polite">
            {matched === data.papers.length
              ? `${matched}편`
              : `${data.papers.length}편 중 ${matched}편`}
            {shown < matched && ` (처음 ${shown}편 표시)`}
          </p>
        </div>
        {list}
        {shown < matched && (
          <button
            type="button"
            className="button button--secondary margin-top--md"
            onClick={() => setLimit(limit + PAGE_SIZE)}
          >
            {Math.min(PAGE_SIZE, matched - shown)}편 더 보기
          </button>
        )}
      </main>
    </Layout>
  );
}
