import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useEffect, useState} from 'react';
import {toHit, type SearchHit} from './hits';
import {
  SearchUnavailable,
  loadPagefind,
  type FilterCounts,
  type Pagefind,
} from './pagefind';
import {hasFilters, pagefindFilters, type SearchRequest} from './query';
import {separateBrackets} from './schema';

/** Where a search stands, for the UI to show. */
export interface SearchView {
  /**
   * `loading` while Pagefind or results load, `unavailable` when there is no
   * index (then `message` says why), `idle` when there is nothing to search.
   */
  status: 'idle' | 'loading' | 'done' | 'unavailable';
  hits: SearchHit[];
  /** How many results there are in all, shown or not. */
  total: number;
  /** Results per filter value for the query, ignoring the chosen filters. */
  counts: FilterCounts;
  message?: string;
  /** Milliseconds from asking Pagefind to having the shown results' data. */
  took?: number;
}

/** `npm start` bundles in development mode and builds no index. */
const DEVELOPMENT = process.env.NODE_ENV === 'development';

/** Wait after a keystroke before searching, so that typing stays smooth. */
const DEBOUNCE_MS = 80;

const IDLE: SearchView = {status: 'idle', hits: [], total: 0, counts: {}};

/**
 * Searches the site's index as `request` changes, showing the first `limit`
 * results. Pagefind loads when the hook first runs, i.e. when the reader
 * opens search; on the development server the view says there is no index.
 * With `allCounts`, an idle view counts every filter value of the site.
 */
export function useSearch(
  request: SearchRequest,
  limit: number,
  options: {allCounts?: boolean} = {},
): SearchView {
  const {siteConfig} = useDocusaurusContext();
  const baseUrl = siteConfig.baseUrl;
  const [pagefind, setPagefind] = useState<Pagefind | SearchUnavailable>();
  const [allCounts, setAllCounts] = useState<FilterCounts>({});
  const [answer, setAnswer] = useState<{key: string; view: SearchView}>();
  const wantsCounts = options.allCounts ?? false;

  useEffect(() => {
    let current = true;
    loadPagefind({baseUrl, development: DEVELOPMENT})
      .then(async (loaded) => {
        if (!current) return;
        setPagefind(() => loaded);
        if (wantsCounts) {
          const counts = await loaded.filters();
          if (current) setAllCounts(counts);
        }
      })
      .catch((error: unknown) => current && setPagefind(unavailable(error)));
    return () => {
      current = false;
    };
  }, [baseUrl, wantsCounts]);

  const query = request.query.trim();
  const filters = pagefindFilters(request.filters);
  const idle = !query && !hasFilters(request.filters);
  const key = JSON.stringify([query, filters, limit]);

  useEffect(() => {
    if (idle || !pagefind || pagefind instanceof SearchUnavailable) {
      return undefined;
    }
    let current = true;
    const [text, chosen] = JSON.parse(key) as [string, typeof filters];
    const timer = setTimeout(async () => {
      const started = performance.now();
      try {
        // Pagefind counts filter values only once its filter index has
        // loaded: without this, a first search could show no filters.
        if (wantsCounts) await pagefind.filters();
        const response = await pagefind.search(
          text ? separateBrackets(text) : null,
          {
            filters: chosen,
          },
        );
        if (!current || !response) return;
        const [hits, counts] = await Promise.all([
          Promise.all(
            response.results
              .slice(0, limit)
              .map(async (result) => toHit(result.id, await result.data())),
          ),
          text ? response.totalFilters : pagefind.filters(),
        ]);
        if (!current) return;
        setAnswer({
          key,
          view: {
            status: 'done',
            hits,
            total: response.results.length,
            counts,
            took: performance.now() - started,
          },
        });
      } catch (error) {
        if (current) setPagefind(unavailable(error));
      }
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [pagefind, idle, key, limit, wantsCounts]);

  if (pagefind instanceof SearchUnavailable) {
    return {...IDLE, status: 'unavailable', message: pagefind.message};
  }
  if (idle) return {...IDLE, counts: allCounts};
  if (answer?.key === key) return answer.view;
  // Keep showing the previous results while the new ones load.
  return {...(answer?.view ?? IDLE), status: 'loading'};
}

function unavailable(error: unknown): SearchUnavailable {
  return error instanceof SearchUnavailable
    ? error
    : new SearchUnavailable('missing', {cause: error});
}
