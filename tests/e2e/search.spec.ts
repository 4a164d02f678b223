/**
 * Search on the served production build: the navbar dialog, the /search
 * page, keyboard use, accessibility, and a fixture index that says
 * 전문가 혼합(Mixture of Experts), searched by Pagefind in Chromium.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {reviewRecords} from '../../src/plugins/search-index/records';
import {reviewInput} from '../searchInput';
import {writeSearchIndex} from '../../src/plugins/search-index/writeIndex';
import {expect, test} from './fixtures';
import {
  openHydrated,
  seriousAxeViolations,
  useColorMode,
  waitForHydration,
} from './pageHelpers';
import type {Page} from '@playwright/test';

const SEED = '/docs/papers/y2025/oct/20251027';

/** Opens the navbar search with Ctrl-K and types `query`. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', {name: '검색', exact: true});
  const input = dialog.getByRole('combobox', {name: '검색어'});
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(dialog.getByRole('status')).toHaveText(/^결과 \d+개$/);
  return {dialog, input, results: dialog.getByRole('option')};
}

test.describe('the navbar search', () => {
  test('loads nothing for search until the reader opens it', async ({page}) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openHydrated(page, SEED);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await searchFor(page, '라우팅');
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(
      true,
    );
  });

  for (const [query, title] of [
    [
      '라우팅',
      'Stabilizing MoE Reinforcement Learning by Aligning Training and Inference Routers',
    ],
    ['비디오 생성', 'Video-As-Prompt'],
    ['prompt injection', 'Soft Instruction De-escalation Defense'],
    ['self-play', 'Search Self-play'],
  ] as const) {
    test(`"${query}" finds the paper ${title}`, async ({page}) => {
      await openHydrated(page, '/');
      const {results} = await searchFor(page, query);
      const hit = results.filter({hasText: title}).first();
      await expect(hit).toBeVisible();
      await expect(hit).toHaveAttribute(
        'href',
        new RegExp(`^/docs/papers/y2025/oct/202510\\d\\d#`),
      );
      await expect(hit.locator('mark').first()).toBeVisible();
    });
  }

  test('a paper comes first, with its organisation, post date and a highlighted excerpt', async ({
    page,
  }) => {
    await openHydrated(page, '/');
    const {results} = await searchFor(page, '라우팅');
    const first = results.first();
    await expect(first).toContainText('논문');
    await expect(first).toContainText('Stabilizing MoE Reinforcement Learning');
    await expect(first.locator('[data-org=xiaomi]')).toHaveText('Xiaomi');
    await expect(first).toContainText('2025년 10월 27일');
    await expect(first.locator('mark').first()).toHaveText('라우팅');
  });

  test("the first result's link lands on the paper's card", async ({page}) => {
    await openHydrated(page, '/');
    const {results} = await searchFor(page, '라우팅');
    await results.first().click();
    await expect(page).toHaveURL(
      `${SEED}#stabilizing-moe-reinforcement-learning-by-aligning-training-and-inference-routers-shaomi`,
    );
    const card = page.locator('[data-paper-card]', {
      has: page.locator(
        '[id="stabilizing-moe-reinforcement-learning-by-aligning-training-and-inference-routers-shaomi"]',
      ),
    });
    await expect(card).toBeInViewport();
    await expect(card.getByRole('heading', {level: 2})).toHaveText(
      'Stabilizing MoE Reinforcement Learning by Aligning Training and Inference Routers',
    );
    await expect(
      page.getByRole('dialog', {name: '검색', exact: true}),
    ).toBeHidden();
  });

  test('works from the keyboard alone: / opens, arrows choose, Enter opens, Esc closes', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', {name: '검색', exact: true});
    const input = dialog.getByRole('combobox', {name: '검색어'});
    await expect(input).toBeFocused();
    await page.keyboard.type('prompt injection');
    const results = dialog.getByRole('option');
    await expect(results).toHaveCount(2);
    await expect(results.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    const chosen = results.nth(1);
    await expect(chosen).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute(
      'aria-activedescendant',
      (await chosen.getAttribute('id'))!,
    );
    const href = (await chosen.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href);
    await expect(dialog).toBeHidden();

    await page.keyboard.press('Control+k');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('button', {name: '검색', exact: true}),
    ).toBeFocused();
  });

  test('says 결과 없음 when nothing matches', async ({page}) => {
    await openHydrated(page, '/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', {name: '검색', exact: true});
    await dialog.getByRole('combobox').fill('양자컴퓨터');
    await expect(dialog.getByRole('status')).toHaveText('결과 없음');
    await expect(dialog.getByRole('option')).toHaveCount(0);
  });

  test('links to the search page with the same query', async ({page}) => {
    await openHydrated(page, '/');
    const {dialog} = await searchFor(page, 'self-play');
    await dialog.getByRole('link', {name: /기관·연도로 좁히기/}).click();
    await expect(page).toHaveURL('/search?q=self-play');
    await expect(
      page.getByRole('main').getByRole('combobox', {name: '검색어'}),
    ).toHaveValue('self-play');
  });

  for (const mode of ['light', 'dark'] as const) {
    test(`the open dialog with results passes axe in ${mode} mode`, async ({
      page,
    }) => {
      await useColorMode(page, mode);
      await openHydrated(page, SEED);
      await searchFor(page, '라우팅');
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
});

test.describe('the search page', () => {
  test('reads the query from the address and shows every result', async ({
    page,
  }) => {
    await openHydrated(page, '/search?q=prompt%20injection');
    const main = page.getByRole('main');
    await expect(main.getByRole('combobox', {name: '검색어'})).toHaveValue(
      'prompt injection',
    );
    // Two papers; their posts are not listed again as near-copies.
    await expect(main.getByRole('status')).toHaveText('결과 2개');
    await expect(main.getByRole('option')).toHaveCount(2);
  });

  test('the organisation filter narrows results and goes into the address', async ({
    page,
  }) => {
    await openHydrated(page, '/search?q=prompt%20injection');
    const main = page.getByRole('main');
    await expect(main.getByRole('option')).toHaveCount(2);
    const filters = main.getByRole('group', {name: '기관'});
    await filters.getByRole('checkbox', {name: /Google/}).check();
    await expect(main.getByRole('option')).toHaveCount(1);
    await expect(main.getByRole('option')).toContainText(
      'Soft Instruction De-escalation Defense',
    );
    await expect(page).toHaveURL('/search?q=prompt+injection&org=google');

    await page.reload();
    await waitForHydration(page);
    await expect(main.getByRole('option')).toHaveCount(1);
    await expect(
      main.getByRole('group', {name: '기관'}).getByRole('checkbox', {
        name: /Google/,
      }),
    ).toBeChecked();
  });

  test('the year and kind filters narrow results too', async ({page}) => {
    await openHydrated(
      page,
      `/search?q=${encodeURIComponent('논문 리뷰')}&kind=review`,
    );
    const main = page.getByRole('main');
    await expect(main.getByRole('option')).toHaveCount(2);
    for (const option of await main.getByRole('option').all()) {
      await expect(option).toContainText('리뷰');
    }
    await openHydrated(page, '/search?q=%EB%A6%AC%EB%B7%B0&year=2026');
    await expect(main.getByRole('option').first()).toContainText(
      '이 사이트와 리뷰 글 쓰는 법',
    );
  });

  test('lists every organisation and year before anything is typed', async ({
    page,
  }) => {
    await openHydrated(page, '/search');
    const main = page.getByRole('main');
    await expect(
      main.getByRole('group', {name: '기관'}).getByRole('checkbox'),
    ).not.toHaveCount(0);
    await main
      .getByRole('group', {name: '기관'})
      .getByRole('checkbox', {name: /Xiaomi/})
      .check();
    await expect(main.getByRole('option')).toHaveCount(1);
    await expect(main.getByRole('option')).toContainText('Stabilizing MoE');
  });

  test('passes axe with results and filters', async ({page}) => {
    await openHydrated(page, '/search?q=%EB%9D%BC%EC%9A%B0%ED%8C%85');
    await expect(page.getByRole('main').getByRole('option')).not.toHaveCount(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test('query latency in the browser, first query and later ones', async ({
  page,
}) => {
  await openHydrated(page, SEED);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', {name: '검색어'})).toBeFocused();
  /**
   * Milliseconds from a value entering the field to its results painted,
   * when the first result is `title`.
   */
  const timeQuery = (query: string, title: string) =>
    page.evaluate(
      async ([text, expected]) => {
        const input =
          document.querySelector<HTMLInputElement>('dialog[open] input')!;
        const setValue = Object.getOwnPropertyDescriptor(
          HTMLInputElement.prototype,
          'value',
        )!.set!;
        const started = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', {bubbles: true}));
        await new Promise<void>((resolve) => {
          const check = () => {
            const first = document.querySelector('dialog[open] [role=option]');
            if (first?.textContent?.includes(expected!)) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - started;
      },
      [query, title],
    );
  const first = await timeQuery('라우팅', 'Stabilizing MoE');
  const later: number[] = [];
  for (const [query, title] of [
    ['비디오 생성', 'Video-As-Prompt'],
    ['self-play', 'Search Self-play'],
    ['prompt injection', 'Distractor Injection'],
    ['Foley', 'Foley Control'],
    ['라우팅', 'Stabilizing MoE'],
  ] as const) {
    later.push(await timeQuery(query, title));
  }
  const median = later.sort((a, b) => a - b)[Math.floor(later.length / 2)]!;
  const description = `first query ${first.toFixed(0)} ms (loads the index), later queries median ${median.toFixed(0)} ms, each including the 80 ms pause after typing`;
  test.info().annotations.push({type: 'latency', description});
  console.log(`search latency: ${description}`);
  expect(first).toBeLessThan(3000);
  expect(median).toBeLessThan(1000);
});

test.describe('a fixture index in Chromium', () => {
  const ORIGIN = 'http://search-fixture.localhost';
  let folder: string;

  test.beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'search-fixture-'));
    const source = await readFile(
      path.join(__dirname, '..', 'fixtures', 'search', '20251103.mdx'),
      'utf8',
    );
    await writeSearchIndex(
      reviewRecords(
        ...reviewInput(source, 'docs/papers/y2025/nov/20251103.mdx'),
        'ko',
      ),
      path.join(folder, 'pagefind'),
      path.join(__dirname, '..', '..'),
    );
  });

  test.afterAll(async () => {
    await rm(folder, {recursive: true, force: true});
  });

  for (const query of ['Mixture', '혼합']) {
    test(`"${query}" finds the paper whose text says 전문가 혼합(Mixture of Experts)`, async ({
      page,
    }) => {
      await page.route(`${ORIGIN}/**`, async (route) => {
        const {pathname} = new URL(route.request().url());
        if (pathname === '/') {
          await route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html lang="ko"><title>검색</title></html>',
          });
          return;
        }
        try {
          await route.fulfill({
            body: await readFile(path.join(folder, pathname)),
            contentType: pathname.endsWith('.js')
              ? 'text/javascript'
              : 'application/octet-stream',
          });
        } catch {
          await route.fulfill({status: 404});
        }
      });
      await page.goto(`${ORIGIN}/`);
      const hits = await page.evaluate(async (text) => {
        const pagefind = await import(
          `${location.origin}/pagefind/pagefind.js`
        );
        const response = await pagefind.search(text);
        return Promise.all(
          response.results.map(
            async (result: {
              data: () => Promise<{url: string; excerpt: string}>;
            }) => result.data(),
          ),
        );
      }, query);
      expect(hits[0]?.url).toBe(
        '/docs/papers/y2025/nov/20251103#1-routing-tokens-without-auxiliary-losses-google-deepmind-kaist',
      );
      expect(hits[0]?.excerpt).toContain('<mark>혼합(Mixture</mark>');
    });
  }
});
