import {describe, expect, it} from 'vitest';
import {
  SearchUnavailable,
  loadPagefind,
} from '../../src/client/search/pagefind';
import {toHit} from '../../src/client/search/hits';

describe('loading Pagefind', () => {
  it('refuses on the development server, saying in one sentence how to get search', async () => {
    const error: unknown = await loadPagefind({
      baseUrl: '/',
      development: true,
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SearchUnavailable);
    const {message, reason} = error as SearchUnavailable;
    expect(reason).toBe('development');
    expect(message).toContain('npm run build');
    expect(message).toContain('npm run serve');
    expect(message.match(/[.!?。](\s|$)/g)).toHaveLength(1);
  });

  it('says the index could not be loaded when the build has none', async () => {
    const error: unknown = await loadPagefind({
      baseUrl: '/no-such-site/',
      development: false,
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SearchUnavailable);
    expect((error as SearchUnavailable).reason).toBe('missing');
    expect((error as SearchUnavailable).message).toMatch(/^검색 색인을/);
  });
});

describe('toHit', () => {
  it('reads a paper result from its metadata', () => {
    expect(
      toHit('1', {
        url: '/docs/papers/y2025/oct/20251027#2-search-self-play',
        excerpt: 'LLM 의 <mark>self-play</mark> 를',
        meta: {
          kind: 'paper',
          title: 'Search Self-play',
          date: '2025-10-27',
          subtitle: 'Pushing the Frontier',
          orgs: 'google\nstability ai',
          post: '2025-10-26 papers review',
        },
        filters: {},
      }),
    ).toEqual({
      id: '1',
      url: '/docs/papers/y2025/oct/20251027#2-search-self-play',
      kind: 'paper',
      title: 'Search Self-play',
      date: '2025-10-27',
      subtitle: 'Pushing the Frontier',
      orgs: ['google', 'stability ai'],
      post: '2025-10-26 papers review',
      excerpt: [
        {text: 'LLM 의 ', mark: false},
        {text: 'self-play', mark: true},
        {text: ' 를', mark: false},
      ],
    });
  });

  it('reads a record without metadata as a blog post titled by its address', () => {
    const hit = toHit('2', {url: '/x', excerpt: '', meta: {}, filters: {}});
    expect(hit).toMatchObject({kind: 'blog', title: '/x', date: '', orgs: []});
  });
});
