/**
 * Korean is read word by word (eojeol): a line that breaks between the
 * syllables of one word ("누르/면") reads as two words. On a phone, no
 * Hangul word may be split across lines.
 */
import {expect, test} from './fixtures';
import {openHydrated} from './pageHelpers';
import type {Page} from '@playwright/test';

/**
 * Every Hangul word on the page that the browser laid out on more than one
 * line: the word, and the text around it. A word is a run of Hangul
 * syllables and Latin letters or digits joined to them ("모델은", "R3는").
 */
function wordsBrokenAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, .katex')) continue;
      // Not laid out for reading: hidden, or parked off screen until
      // focused (the skip link).
      const box = parent.getBoundingClientRect();
      if (
        !parent.checkVisibility() ||
        box.left >= window.innerWidth ||
        box.right <= 0
      ) {
        continue;
      }
      for (const match of text.matchAll(
        /[\p{L}\p{N}]*\p{Script=Hangul}[\p{L}\p{N}]*/gu,
      )) {
        if (match[0].length < 2) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set(
          [...range.getClientRects()]
            .filter((rect) => rect.width > 0)
            .map((rect) => Math.round(rect.top)),
        );
        if (tops.size > 1) {
          broken.push(`"${match[0]}" in "${text.trim().slice(0, 60)}"`);
        }
      }
    }
    return broken;
  });
}

test.describe('Korean line breaking at 390 px', () => {
  test.use({viewport: {width: 390, height: 844}});

  for (const path of [
    '/docs/papers/y2025/oct/20251027',
    '/papers',
    '/',
    '/orgs',
  ]) {
    test(`breaks no Hangul word across lines on ${path}`, async ({page}) => {
      await openHydrated(page, path);
      expect(await wordsBrokenAcrossLines(page)).toEqual([]);
    });
  }

  test('breaks no Hangul word across lines on the 404 page', async ({
    page,
    browserErrors,
  }) => {
    browserErrors.allow(/status of 404/);
    await openHydrated(page, '/no-such-page');
    expect(await wordsBrokenAcrossLines(page)).toEqual([]);
  });
});
