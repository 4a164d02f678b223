/**
 * Loading Pagefind's search runtime in the browser. It is not part of the
 * site's bundle: the build writes it next to the index (`/pagefind/`), and
 * it is fetched the first time a reader opens search.
 */
import {INDEX_FOLDER} from './schema';

/** Filter values to match: any of them (`{any: […]}`) per filter name. */
export type PagefindFilters = Record<string, {any: string[]}>;

/** Result counts per filter value, e.g. `{org: {google: 3}}`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one record when asked for its data. */
export interface PagefindFragment {
  /** The record's URL with the site's base URL. */
  url: string;
  /** The text around the best match; matches in `<mark>`, `<` as `&lt;`. */
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One hit, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

/** The answer to a search. */
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts for each filter value within the current query and filters. */
  filters: FilterCounts;
  /** Counts for each filter value within the query alone. */
  totalFilters: FilterCounts;
  timings: {preload: number; search: number; total: number};
}

/** The part of Pagefind's browser API the site uses. */
export interface Pagefind {
  options(options: {
    baseUrl?: string;
    excerptLength?: number;
    excerptEllipsis?: string;
  }): Promise<void>;
  /** `null` when a newer search superseded this one. */
  search(
    query: string | null,
    options?: {
      filters?: PagefindFilters;
      sort?: Record<string, 'asc' | 'desc'>;
    },
  ): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Why there is no search: the development server, or no index was found. */
export class SearchUnavailable extends Error {
  override name = 'SearchUnavailable';
  constructor(
    readonly reason: 'development' | 'missing',
    options?: {cause?: unknown},
  ) {
    super(
      reason === 'development'
        ? '검색 색인은 빌드할 때 만들어지므로, npm run build 후 npm run serve 로 띄운 사이트에서 검색하세요.'
        : '검색 색인을 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
      options,
    );
  }
}

/** Words of context an excerpt shows around the match. */
const EXCERPT_WORDS = 24;

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded once from `<baseUrl>pagefind/pagefind.js`. Rejects with
 * {@link SearchUnavailable} on the development server, which has no index,
 * and when the index cannot be fetched (a later call tries again).
 */
export function loadPagefind(options: {
  baseUrl: string;
  development: boolean;
}): Promise<Pagefind> {
  if (options.development) {
    return Promise.reject(new SearchUnavailable('development'));
  }
  loading ??= importPagefind(options.baseUrl).catch((error: unknown) => {
    loading = undefined;
    throw new SearchUnavailable('missing', {cause: error});
  });
  return loading;
}

async function importPagefind(baseUrl: string): Promise<Pagefind> {
  const url = `${baseUrl}${INDEX_FOLDER}/pagefind.js`;
  // A runtime fetch of the file the build wrote, never bundled.
  const pagefind = (await import(/* webpackIgnore: true */ url)) as Pagefind;
  await pagefind.options({
    baseUrl,
    excerptLength: EXCERPT_WORDS,
    excerptEllipsis: '…',
  });
  return pagefind;
}
