import {describe, expect, it} from 'vitest';
import {previewKind, previewPath} from '../../src/client/previews/data';
import {parsePost} from '../../src/lib/review';
import {postPreview} from '../../src/plugins/paper-index/previews';

describe('link previews', () => {
  it('holds each paper with its organisations and first lines, and its alias', () => {
    const post = parsePost(
      '# 2025-10-26 papers review\n\n## 1. [Paper A](https://arxiv.org/abs/2510.00001) `shaomi`\n\n첫 줄의 리뷰.\n',
      'docs/papers/y2025/oct/20251027.mdx',
    );
    expect(postPreview(post)).toEqual({
      title: '2025년 10월 27일 논문 리뷰',
      date: '2025-10-27',
      papers: [
        {
          id: '1-paper-a-shaomi',
          title: 'Paper A',
          orgs: ['Xiaomi'],
          excerpt: '첫 줄의 리뷰.',
        },
      ],
      aliases: {'arxiv-2510.00001': '1-paper-a-shaomi'},
    });
  });

  it('are fetched from beside the site, under its base URL', () => {
    expect(previewPath('/', '/docs/papers/y2025/oct/20251021')).toBe(
      '/previews/docs/papers/y2025/oct/20251021.json',
    );
    expect(
      previewPath('/reviews/', '/reviews/docs/papers/y2025/oct/20251021/'),
    ).toBe('/reviews/previews/docs/papers/y2025/oct/20251021.json');
  });

  it('are shown for links to reviews and to paper pages, not to lists or other pages', () => {
    expect(previewKind('/', '/docs/papers/y2025/oct/20251021')).toEqual({
      kind: 'post',
    });
    expect(previewKind('/reviews/', '/reviews/papers/2510.14901')).toEqual({
      kind: 'paper',
      slug: '2510.14901',
    });
    expect(previewKind('/', '/papers/web-40545d88d790/')).toEqual({
      kind: 'paper',
      slug: 'web-40545d88d790',
    });
    for (const path of ['/papers', '/papers/', '/orgs/google', '/blog']) {
      expect(previewKind('/', path), path).toBeUndefined();
    }
    // Outside the base path is outside the site.
    expect(previewKind('/reviews/', '/papers/2510.14901')).toBeUndefined();
  });
});
