/**
 * A search as a shareable address: `/search?q=라우팅&org=google&year=2025`.
 */
import {FILTER_NAMES, type FilterName} from './schema';
import type {PagefindFilters} from './pagefind';

/** Chosen values per filter; a missing or empty list means "any". */
export type SelectedFilters = Partial<Record<FilterName, string[]>>;

/** What a reader searches for. */
export interface SearchRequest {
  query: string;
  filters: SelectedFilters;
}

/** Reads a request from a query string (`?q=…&org=…`). */
export function parseSearchParams(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const filters: SelectedFilters = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  return {query: params.get('q') ?? '', filters};
}

/** The query string of a request: `?q=…` then filters in a fixed order. */
export function toSearchParams(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query.trim()) params.set('q', request.query.trim());
  for (const name of FILTER_NAMES) {
    for (const value of request.filters[name] ?? []) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter narrows the search. */
export function hasFilters(filters: SelectedFilters): boolean {
  return FILTER_NAMES.some((name) => (filters[name]?.length ?? 0) > 0);
}

/** Pagefind's filter argument: a result matches any chosen value of each. */
export function pagefindFilters(filters: SelectedFilters): PagefindFilters {
  const result: PagefindFilters = {};
  for (const name of FILTER_NAMES) {
    const values = filters[name];
    if (values && values.length > 0) result[name] = {any: values};
  }
  return result;
}

/** The request with `value` of filter `name` switched on or off. */
export function toggleFilter(
  filters: SelectedFilters,
  name: FilterName,
  value: string,
): SelectedFilters {
  const current = filters[name] ?? [];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  const rest = {...filters};
  delete rest[name];
  return next.length > 0 ? {...rest, [name]: next} : rest;
}
