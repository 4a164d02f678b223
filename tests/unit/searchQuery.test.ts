import {describe, expect, it} from 'vitest';
import {
  hasFilters,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  toggleFilter,
} from '../../src/client/search/query';

describe('a search as an address', () => {
  it('reads the query and the chosen filters', () => {
    expect(
      parseSearchParams(
        '?q=%EB%9D%BC%EC%9A%B0%ED%8C%85&org=google&org=xiaomi&year=2025',
      ),
    ).toEqual({
      query: '라우팅',
      filters: {org: ['google', 'xiaomi'], year: ['2025']},
    });
  });

  it('ignores empty and repeated values and unknown parameters', () => {
    expect(parseSearchParams('?org=&org=meta&org=meta&lang=en')).toEqual({
      query: '',
      filters: {org: ['meta']},
    });
  });

  it('writes the query first and the filters in a fixed order', () => {
    expect(
      toSearchParams({
        query: ' prompt injection ',
        filters: {year: ['2025'], kind: ['paper'], org: ['google']},
      }),
    ).toBe('?q=prompt+injection&kind=paper&org=google&year=2025');
  });

  it('is empty for an empty search', () => {
    expect(toSearchParams({query: '  ', filters: {}})).toBe('');
  });

  it('reads back what it writes', () => {
    const request = {query: 'self-play', filters: {org: ['meta', 'kaist']}};
    expect(parseSearchParams(toSearchParams(request))).toEqual(request);
  });
});

describe('filters', () => {
  it('switch a value on and off, dropping a filter left empty', () => {
    const on = toggleFilter({year: ['2025']}, 'org', 'google');
    expect(on).toEqual({year: ['2025'], org: ['google']});
    expect(toggleFilter(on, 'org', 'google')).toEqual({year: ['2025']});
  });

  it('match any chosen value within a filter in Pagefind', () => {
    expect(pagefindFilters({org: ['google', 'meta'], year: []})).toEqual({
      org: {any: ['google', 'meta']},
    });
  });

  it('count as narrowing only when a value is chosen', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({org: []})).toBe(false);
    expect(hasFilters({kind: ['paper']})).toBe(true);
  });
});
