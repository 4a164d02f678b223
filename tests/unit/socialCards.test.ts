import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, describe, expect, it} from 'vitest';
import {parsePost} from '../../src/lib/review';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  socialCardPath,
} from '../../src/lib/review/socialCard';
import {cardContent} from '../../src/plugins/social-cards/card';
import {renderCard} from '../../src/plugins/social-cards/render';
import {renderCards} from '../../src/plugins/social-cards/renderCards';
import type {ReviewPost} from '../../src/lib/review';

const post = parsePost(
  [
    '# 2025-10-27 papers review',
    '',
    '## 1. [Reasoning with Sampling](https://huggingface.co/papers/2510.14901) `harvard`',
    '',
    '### Your Base Model is Smarter Than You Think',
    '',
    '리뷰.',
    '',
    '## 2. [Stabilizing MoE](https://arxiv.org/abs/2510.11370) `shaomi`',
    '',
    '리뷰.',
    '',
  ].join('\n'),
  'docs/papers/y2025/oct/20251027.mdx',
) as ReviewPost;

const cache = mkdtempSync(path.join(tmpdir(), 'social-cards-'));
afterAll(() => rmSync(cache, {recursive: true, force: true}));

/**
 * Pixels clearly darker than the white background, in rows `from`–`to`
 * (and columns `left`–`right`).
 */
function inkIn(
  png: PNG,
  from: number,
  to: number,
  left = 0,
  right = png.width,
): number {
  let ink = 0;
  for (let y = from; y < to; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 128 && png.data[i + 1]! < 128) ink++;
    }
  }
  return ink;
}

describe('social cards', () => {
  it('show the date in Korean, each paper with its sub-title, and the organisations by name', () => {
    expect(cardContent(post, '논문 리뷰')).toEqual({
      site: '논문 리뷰',
      date: '2025년 10월 27일',
      papers: [
        'Reasoning with Sampling: Your Base Model is Smarter Than You Think',
        'Stabilizing MoE',
      ],
      orgs: ['Harvard', 'Xiaomi'],
    });
    expect(socialCardPath('/docs/papers/y2025/oct/20251027')).toBe(
      '/social/docs/papers/y2025/oct/20251027.png',
    );
  });

  it('are PNGs of the declared size whose Korean date is drawn in real glyphs', async () => {
    const content = cardContent(post, '논문 리뷰');
    const png = PNG.sync.read(Buffer.from(await renderCard(content)));
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // The date line, below the site's name, is drawn.
    expect(inkIn(png, 110, 190)).toBeGreaterThan(2000);
    // A font without Hangul draws one box for every syllable: then swapping
    // two syllables would change nothing.
    const swapped = await renderCard({...content, date: '2025일 10월 27년'});
    const original = await renderCard(content);
    expect(Buffer.from(swapped).equals(Buffer.from(original))).toBe(false);
  });

  it('end a line that does not fit in "…" and leave out organisations that do not fit, inside the margin', async () => {
    const long = 'Scaling Laws Meet Model Architecture: '.repeat(6);
    const png = PNG.sync.read(
      Buffer.from(
        await renderCard({
          site: '논문 리뷰',
          date: '2025년 10월 27일',
          title: '아주 긴 제목이 카드의 너비를 넘어갑니다 '.repeat(4),
          papers: [long, long],
          orgs: Array.from(
            {length: 6},
            (_, i) => `Seoul National University ${i}`,
          ),
        }),
      ),
    );
    // The right margin (72 px) stays white below the top band.
    expect(inkIn(png, 20, CARD_HEIGHT, CARD_WIDTH - 70)).toBe(0);
    // The titles are drawn up to it.
    expect(
      inkIn(png, 280, 380, CARD_WIDTH - 200, CARD_WIDTH - 72),
    ).toBeGreaterThan(100);
  });

  it('are drawn once per content: a second build takes them from the cache', async () => {
    const content = cardContent(post, '논문 리뷰');
    const first = await renderCards([{file: '/a.png', content}], cache);
    expect(readdirSync(cache)).toHaveLength(1);
    const second = await renderCards(
      [
        {file: '/a.png', content},
        {file: '/b.png', content},
      ],
      cache,
    );
    expect(readdirSync(cache)).toHaveLength(1);
    expect(second.map((card) => card.file)).toEqual(['/a.png', '/b.png']);
    expect(Buffer.from(second[1]!.png).equals(Buffer.from(first[0]!.png))).toBe(
      true,
    );
  });
});
