import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import MonthChart from '@site/src/components/MonthChart';
import PaperList from '@site/src/components/PaperList';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  matchesTerms,
  paperHaystack,
  queryTerms,
} from '@site/src/lib/paperFilter';
import clsx from 'clsx';
import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import type {PapersPageData} from '@site/src/plugins/paper-index/pageData';
import styles from './styles.module.css';

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
  const [shown, setShown] = useState(data.papers.length);
  const haystacks = useMemo(() => data.papers.map(paperHaystack), [data]);
  // Rendered once: typing hides rows instead of re-rendering thousands.
  const list = useMemo(
    () => <PaperList papers={data.papers} listRef={listRef} />,
    [data],
  );

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setQuery(params.get('q') ?? '');
    setOrg(params.get('org'));
  }, []);

  useEffect(() => {
    const rows = listRef.current?.children;
    if (!rows) return;
    const terms = queryTerms(query);
    let count = 0;
    for (let index = 0; index < rows.length; index += 1) {
      const paper = data.papers[index]!;
      const visible =
        matchesTerms(haystacks[index]!, terms) &&
        (!org || paper.orgs.some((ref) => ref.id === org));
      const row = rows[index] as HTMLElement;
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) count += 1;
    }
    setShown(count);
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (org) params.set('org', org);
    const search = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    );
  }, [query, org, data, haystacks]);

  return (
    <Layout title="논문" description="이 사이트에서 리뷰한 모든 논문">
      <main className="container margin-vert--lg">
        <Heading as="h1">논문</Heading>
        <p>
          리뷰한 논문 {data.papers.length}편, 최근 리뷰 순입니다. 제목을 누르면
          그 논문을 다룬 리뷰로 갑니다.
        </p>
        <MonthChart months={data.months} />
        <div className={styles.controls}>
          <label className={styles.search}>
            <span className={styles.label}>제목·기관·내용으로 찾기</span>
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
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
                onClick={() => setOrg(org === item.id ? null : item.id)}
              >
                {item.name} <span className={styles.count}>{item.count}</span>
              </button>
            ))}
          </div>
          <p className={styles.status} role="status" aria-live="polite">
            {shown === data.papers.length
              ? `${shown}편`
              : `${data.papers.length}편 중 ${shown}편`}
          </p>
        </div>
        {list}
      </main>
    </Layout>
  );
}
