/**
 * The paper index pages in the served build: /papers with its filters,
 * /orgs and /orgs/<id>, and the feeds every page advertises.
 */
import {expect, test} from './fixtures';
import {openHydrated} from './pageHelpers';
import type {Page} from '@playwright/test';

/** The titles of the rows left visible; assertions on it wait for the filter. */
const visibleTitles = (page: Page) =>
  page.locator('[data-paper-row]:visible > a');

test.describe('/papers', () => {
  test('lists every paper in the HTML, before any script runs', async ({
    browser,
  }) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto('/papers');
    await expect(page.locator('[data-paper-row]')).toHaveCount(10);
    await expect(
      page.getByRole('img', {name: /월별 리뷰한 논문 수/}),
    ).toHaveCount(1);
    await context.close();
  });

  test('narrows the list as a Korean fragment is typed', async ({page}) => {
    await openHydrated(page, '/papers');
    await page.getByLabel('제목·기관·내용으로 찾기').fill('라우팅');
    await expect(visibleTitles(page)).toHaveText([
      'Stabilizing MoE Reinforcement Learning by Aligning Training and Inference Routers',
    ]);
    await expect(page.getByRole('status')).toHaveText('10편 중 1편');
    await expect(page).toHaveURL(/\/papers\?q=%EB%9D%BC%EC%9A%B0%ED%8C%85$/);
  });

  test('narrows the list as an English fragment is typed, ignoring case', async ({
    page,
  }) => {
    await openHydrated(page, '/papers');
    const input = page.getByLabel('제목·기관·내용으로 찾기');
    await input.pressSequentially('SAMPL');
    await expect(visibleTitles(page)).toHaveText(['Reasoning with Sampling']);
    await input.fill('');
    await expect(page.locator('[data-paper-row]:visible')).toHaveCount(10);
  });

  test('finds what search finds: a word deep in a review, a bracketed name, the arXiv id and another spelling of an organisation', async ({
    page,
  }) => {
    await openHydrated(page, '/papers');
    const input = page.getByLabel('제목·기관·내용으로 찾기');
    for (const [query, title] of [
      ['R3', 'Stabilizing MoE'],
      ['Replay(R3)', 'Stabilizing MoE'],
      ['2510.11370', 'Stabilizing MoE'],
      ['shaomi', 'Stabilizing MoE'],
      ['동기화', 'Foley Control'],
    ] as const) {
      await input.fill(query);
      await expect(visibleTitles(page), query).toHaveText([
        new RegExp(`^${title}`),
      ]);
    }
  });

  test('marks the words it matched in the rows it shows', async ({page}) => {
    await openHydrated(page, '/papers');
    await page.getByLabel('제목·기관·내용으로 찾기').fill('sampl');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('filter-match') ?? [])].map((range) =>
            (range as Range).toString(),
          ),
        ),
      )
      .toEqual(['Sampl']);
    await page.getByLabel('제목·기관·내용으로 찾기').fill('');
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('filter-match')))
      .toBe(false);
  });

  test('an organisation chip filters, and pressing it again clears', async ({
    page,
  }) => {
    await openHydrated(page, '/papers');
    const amazon = page.getByRole('button', {name: /^Amazon 2$/});
    await amazon.click();
    await expect(amazon).toHaveAttribute('aria-pressed', 'true');
    await expect(visibleTitles(page)).toHaveText([
      'SCALING LAWS MEET MODEL ARCHITECTURE',
      'Distractor Injection Attacks on Large Reasoning Models',
    ]);
    await amazon.click();
    await expect(page.locator('[data-paper-row]:visible')).toHaveCount(10);
  });

  test('a shared address opens with its filter applied', async ({page}) => {
    await openHydrated(page, '/papers?q=self-play');
    await expect(page.getByLabel('제목·기관·내용으로 찾기')).toHaveValue(
      'self-play',
    );
    await expect(visibleTitles(page)).toHaveText(['Search Self-play']);
  });

  test("a row's title opens the paper's page, its date the paper's card", async ({
    page,
  }) => {
    await openHydrated(page, '/papers');
    const row = page.locator('[data-paper-row]', {
      hasText: 'Soft Instruction De-escalation Defense',
    });
    await expect(
      row.getByRole('link', {name: 'Soft Instruction De-escalation Defense'}),
    ).toHaveAttribute('href', '/papers/2510.21057');
    await row.getByRole('link', {name: '2025년 10월 27일 리뷰'}).click();
    await expect(page).toHaveURL(
      /\/docs\/papers\/y2025\/oct\/20251027#4-soft-instruction-de-escalation-defense-google$/,
    );
    await expect(
      page.locator('[id="4-soft-instruction-de-escalation-defense-google"]'),
    ).toBeInViewport();
  });
});

test('/orgs lists organisations by count and /orgs/google lists its paper', async ({
  page,
}) => {
  await openHydrated(page, '/');
  await page.getByRole('navigation').getByRole('link', {name: '기관'}).click();
  await expect(page).toHaveURL(/\/orgs$/);
  const items = page.locator('main ol > li');
  await expect(items.first()).toContainText('Amazon');
  await expect(items.first()).toContainText('논문 2편');
  await page.getByRole('link', {name: 'Google', exact: true}).click();
  await expect(page).toHaveURL(/\/orgs\/google$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Google');
  await expect(page.locator('[data-paper-row] > a')).toHaveText([
    'Soft Instruction De-escalation Defense',
  ]);
});

test('an organisation tag on a card leads to its page', async ({page}) => {
  await openHydrated(page, '/docs/papers/y2025/oct/20251027');
  await page.locator('[data-paper-card] [data-org=xiaomi]').click();
  await expect(page).toHaveURL(/\/orgs\/xiaomi$/);
});

test('the home page shows site statistics and links to /papers', async ({
  page,
}) => {
  await openHydrated(page, '/');
  await expect(page.locator('main, header').getByText('10편')).toBeVisible();
  await page.getByRole('link', {name: '리뷰한 논문 모두 보기'}).click();
  await expect(page).toHaveURL(/\/papers$/);
});

test('every page advertises the three feeds, and they are served', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/docs/papers/y2025/oct/20251027', '/blog']) {
    await page.goto(path);
    for (const [type, file] of [
      ['application/rss+xml', '/rss.xml'],
      ['application/atom+xml', '/atom.xml'],
      ['application/feed+json', '/feed.json'],
    ]) {
      // The blog's own feeds are advertised beside them.
      await expect(
        page.locator(
          `head link[rel=alternate][type="${type}"][href="${file}"]`,
        ),
      ).toHaveCount(1);
    }
  }
  for (const file of [
    '/rss.xml',
    '/atom.xml',
    '/feed.json',
    '/papers.json',
    '/llms.txt',
  ]) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
});
