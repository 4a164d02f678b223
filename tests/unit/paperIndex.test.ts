import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {PaperAppearances} from '../../src/lib/review/appearances';
import {buildPaperIndex} from '../../src/plugins/paper-index/paperIndex';
import {loadSite} from '../../src/lib/rules';
import {indexedPosts} from '../../src/plugins/paper-index/posts';
import {normaliseUrl, parsePost} from '../../src/lib/review';

const SITE = path.join(__dirname, '..', 'fixtures', 'index');

describe('buildPaperIndex', async () => {
  const posts = indexedPosts(loadSite({root: SITE}));
  const index = buildPaperIndex(posts);
  const byTitle = (title: string) =>
    index.papers.find((paper) => paper.title === title)!;

  it('reads review posts and blog posts, newest first', () => {
    expect(posts.map((post) => [post.kind, post.permalink])).toEqual([
      ['blog', '/blog/2025/10/10/deep-dive'],
      ['review', '/docs/papers/y2025/oct/20251005'],
      ['review', '/docs/papers/y2025/sep/20250930'],
    ]);
  });

  it('lists a paper reviewed twice once, with both reviews newest first', () => {
    const sinks = byTitle('Attention Sinks Revisited');
    expect(sinks.key).toBe('arxiv:2509.01234');
    expect(sinks.appearances.map((review) => review.date)).toEqual([
      '2025-10-05',
      '2025-09-30',
    ]);
    expect(sinks.appearances[1]).toEqual({
      kind: 'review',
      date: '2025-09-30',
      permalink: '/docs/papers/y2025/sep/20250930',
      anchor: '1-attention-sinks-revisited-google-deepmind',
      alias: 'arxiv-2509.01234',
      number: 1,
      excerpt: '첫 토큰에 attention 이 몰리는 현상을 다시 본다.',
    });
    // The sub-title only the older review gives is kept.
    expect(sinks.subtitle).toBe('Why the First Token Matters');
    expect(sinks.orgs).toEqual([
      {id: 'google', name: 'Google'},
      {id: 'google-deepmind', name: 'Google DeepMind'},
    ]);
  });

  it('identifies a paper without an arXiv id by its normalised URL', () => {
    const workshop = byTitle('A Workshop Paper');
    expect(workshop.key).toBe('url:https://openreview.net/forum?id=AbC123');
    expect(workshop.arxivId).toBeUndefined();
    expect(workshop.links).toEqual([
      {
        kind: 'source',
        url: 'https://www.openreview.net/forum?id=AbC123#discussion',
      },
    ]);
    expect(workshop.appearances.map((review) => review.kind)).toEqual([
      'blog',
      'review',
    ]);
  });

  it('resolves tags through the registry and keeps unknown ones as written', () => {
    expect(byTitle('Mixture Routing').orgs).toEqual([
      {id: 'xiaomi', name: 'Xiaomi'},
      {id: 'stability-ai', name: 'Stability AI'},
      {name: 'unknown lab'},
    ]);
  });

  it('invents nothing: absent fields stay absent', () => {
    expect(byTitle('Mixture Routing')).not.toHaveProperty('subtitle');
    const blogReview = byTitle('A Workshop Paper').appearances[0]!;
    expect(Object.keys(blogReview).sort()).toEqual([
      'anchor',
      'date',
      'excerpt',
      'kind',
      'permalink',
      'postTitle',
    ]);
  });

  it('counts organisations and months, gaps included', () => {
    expect(index.orgs.slice(0, 2)).toEqual([
      {id: 'google', name: 'Google', count: 1},
      {id: 'google-deepmind', name: 'Google DeepMind', count: 1},
    ]);
    expect(index.orgs.map((org) => org.id)).not.toContain(undefined);
    expect(index.months).toEqual([
      {month: '2025-09', count: 2},
      {month: '2025-10', count: 3},
    ]);
  });

  it('rejects two posts served at one URL, naming both', () => {
    const a = parsePost(
      '---\nslug: /same\n---\n',
      'docs/papers/y2025/oct/20251001.mdx',
    );
    const b = parsePost(
      '---\nslug: /same\n---\n',
      'docs/papers/y2025/oct/20251002.mdx',
    );
    expect(() => buildPaperIndex([a, b])).toThrow(
      /20251002\.mdx:1: \/docs\/papers\/y2025\/same is claimed by this post and by docs\/papers\/y2025\/oct\/20251001\.mdx/,
    );
  });

  it('tells each card which other posts review its paper', () => {
    const appearances = new PaperAppearances();
    appearances.update(
      index.papers,
      new Map(
        posts.map((post) => [post.permalink, path.join(SITE, post.file)]),
      ),
    );
    const file = path.join(SITE, 'docs/papers/y2025/oct/20251005.mdx');
    expect(
      appearances.others(
        {url: 'https://arxiv.org/abs/2509.01234', arxivId: '2509.01234'},
        file,
      ),
    ).toEqual([
      {
        href: '/docs/papers/y2025/sep/20250930#1-attention-sinks-revisited-google-deepmind',
        date: '2025-09-30',
        kind: 'review',
      },
    ]);
  });
});

describe('normaliseUrl', () => {
  it('ignores scheme, www, fragment and a trailing slash', () => {
    expect(normaliseUrl('http://www.example.org/paper/#top')).toBe(
      'https://example.org/paper',
    );
    expect(normaliseUrl('https://openreview.net/forum/?id=x')).toBe(
      'https://openreview.net/forum?id=x',
    );
  });
});
