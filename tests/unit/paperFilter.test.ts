import {describe, expect, it} from 'vitest';
import {
  foldForSearch,
  matchesTerms,
  paperHaystack,
  queryTerms,
} from '../../src/client/paperFilter';

const moe = paperHaystack(
  {
    title: 'Stabilizing MoE Reinforcement Learning',
    arxivId: '2510.11370',
    orgs: [{id: 'xiaomi', name: 'Xiaomi'}],
    excerpt: 'MOE 적용된 모델 RL 시 라우팅 동작으로 인해 훈련 불안정',
  },
  new Map([['xiaomi', ['Xiaomi Corporation', 'shaomi']]]),
);
const find = (query: string) => matchesTerms(moe, queryTerms(query));

describe('the papers filter', () => {
  it('finds a paper by a Korean fragment of its review', () => {
    expect(find('라우팅')).toBe(true);
    expect(find('라우')).toBe(true);
    expect(find('비디오')).toBe(false);
  });

  it('finds a paper by an English fragment in any case', () => {
    expect(find('stabil')).toBe(true);
    expect(find('REINFORCEMENT')).toBe(true);
  });

  it('finds a paper by its organisation, under any name authors use', () => {
    expect(find('xiaomi')).toBe(true);
    expect(find('shaomi')).toBe(true);
    expect(find('corporation')).toBe(true);
  });

  it('finds a paper by the arXiv id its card shows', () => {
    expect(find('2510.11370')).toBe(true);
    expect(find('2510.1')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(find('moe 라우팅')).toBe(true);
    expect(find('moe video')).toBe(false);
  });

  it('matches Hangul typed decomposed and full-width letters', () => {
    expect(find('라우팅'.normalize('NFD'))).toBe(true);
    expect(find('ＭｏＥ')).toBe(true);
    expect(foldForSearch('ＡＢＣ')).toBe('abc');
  });

  it('an empty query matches everything', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(matchesTerms(moe, [])).toBe(true);
  });
});
