/**
 * The site built for a sub-path (`BASE_URL=/reviews/`), as a GitHub Pages
 * project site is served: every page, asset, index and feed works there and
 * nothing asks for an address outside it.
 */
import {expect, test} from '../e2e/fixtures';
import {openHydrated} from '../e2e/pageHelpers';
import {BASE_PATH} from './basePath';
import type {BrowserContext, Page} from '@playwright/test';

const SITE_URL = 'https://paper-reviews.example';
const SEED = `${BASE_PATH}docs/papers/y2025/oct/20251027`;
const R3_PAGE = `${BASE_PATH}papers/2510.11370`;

/** The paths of every request the context makes to the served site. */
function watchRequests(context: BrowserContext, origin: string): string[] {
  const paths: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  });
  return paths;
}

/** Every address of the site a page links to or loads from its HTML. */
function siteAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src]')]
      .map(
        (element) =>
          element.getAttribute('href') ?? element.getAttribute('src') ?? '',
      )
      .filter((value) => value.startsWith('/')),
  );
}

const outside = (paths: readonly string[]) =>
  paths.filter((path) => !path.startsWith(BASE_PATH));

test.describe(`a build for ${BASE_PATH}`, () => {
  for (const path of [
    '',
    'docs/papers/y2025/oct/20251027',
    'papers',
    'papers/2510.11370',
    'orgs/google',
    'reviews',
    'search?q=R3',
    'blog',
  ]) {
    test(`${BASE_PATH}${path} loads everything from under ${BASE_PATH}`, async ({
      page,
      context,
      baseURL,
    }) => {
      const requests = watchRequests(context, baseURL!);
      await openHydrated(page, `${BASE_PATH}${path}`);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('main')).toBeVisible();
      expect(outside(requests)).toEqual([]);
      expect(outside(await siteAddresses(page))).toEqual([]);
      const broken = await page.evaluate(() =>
        [...document.images]
          .filter((image) => image.complete && image.naturalWidth === 0)
          .map((image) => image.src),
      );
      expect(broken).toEqual([]);
    });
  }

  test('a review shows its figures and the figure viewer', async ({
    page,
    context,
    baseURL,
  }) => {
    const requests = watchRequests(context, baseURL!);
    await openHydrated(page, SEED);
    const figures = page.locator('figure img');
    await expect(figures).toHaveCount(2);
    for (const image of await figures.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
    }
    await page.getByRole('button', {name: /^확대: .*self-play/}).click();
    const viewer = page.getByRole('dialog');
    await expect(viewer.locator('img')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    expect(outside(requests)).toEqual([]);
  });

  test('math renders with the fonts KaTeX loads from the site', async ({
    page,
    context,
    baseURL,
  }) => {
    const requests = watchRequests(context, baseURL!);
    await openHydrated(page, `${BASE_PATH}blog/how-reviews-are-written`);
    await expect(page.locator('.katex-display')).toHaveCount(2);
    await expect
      .poll(() => requests.some((path) => /KaTeX_Main.*\.woff2$/.test(path)))
      .toBe(true);
    expect(outside(requests)).toEqual([]);
  });

  test('search finds a paper and opens its card under the base path', async ({
    page,
    context,
    baseURL,
  }) => {
    const requests = watchRequests(context, baseURL!);
    await openHydrated(page, BASE_PATH);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', {name: '검색', exact: true});
    await dialog.getByRole('combobox', {name: '검색어'}).fill('R3');
    const first = dialog.getByRole('option').first();
    await expect(first).toContainText('Stabilizing MoE');
    await expect(first).toHaveAttribute(
      'href',
      `${SEED}#stabilizing-moe-reinforcement-learning-by-aligning-training-and-inference-routers-shaomi`,
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SEED}#stabilizing-moe`));
    expect(
      requests.some((path) => path.startsWith(`${BASE_PATH}pagefind/`)),
    ).toBe(true);
    expect(outside(requests)).toEqual([]);
  });

  test('the /papers filter finds a paper, whose title opens its page inside the site', async ({
    page,
    context,
    baseURL,
  }) => {
    const requests = watchRequests(context, baseURL!);
    await openHydrated(page, `${BASE_PATH}papers`);
    await page.getByLabel('제목·기관·내용으로 찾기').fill('R3');
    const rows = page.locator('[data-paper-row]:visible > a');
    await expect(rows).toHaveText([/^Stabilizing MoE/]);
    await rows.first().click();
    await expect(page).toHaveURL(new RegExp(`${R3_PAGE}$`));
    await expect(page.getByRole('heading', {level: 1})).toContainText(
      'Stabilizing MoE',
    );
    expect(outside(requests)).toEqual([]);
  });

  test("a card's link to its paper page navigates inside the site", async ({
    page,
    context,
    baseURL,
  }) => {
    const requests = watchRequests(context, baseURL!);
    await openHydrated(page, SEED);
    await page
      .locator('[id="1-reasoning-with-sampling-harvard"]')
      .locator('xpath=ancestor::header')
      .getByRole('link', {name: '논문 페이지'})
      .click();
    await expect(page).toHaveURL(new RegExp(`${BASE_PATH}papers/2510.14901$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Reasoning with Sampling',
    );
    // Without a reload: the page's data came from under the base path.
    expect(requests).toContain(`${BASE_PATH}paper-pages/2510.14901.json`);
    expect(requests.filter((path) => path.endsWith('/index.html'))).toEqual([]);
    expect(outside(requests)).toEqual([]);
  });

  test('feeds, papers.json, llms.txt, the sitemap, robots.txt and the social card carry the base path', async ({
    request,
  }) => {
    const text = async (path: string) => {
      const response = await request.get(`${BASE_PATH}${path}`);
      expect(response.status(), path).toBe(200);
      return response.text();
    };
    const absolute = `${SITE_URL}${BASE_PATH}`;
    const everyUrl = (body: string) =>
      [...body.matchAll(/https:\/\/paper-reviews\.example[^"'<>\s)]*/g)].map(
        ([url]) => url,
      );
    for (const file of [
      'rss.xml',
      'atom.xml',
      'feed.json',
      'llms.txt',
      'sitemap.xml',
    ]) {
      const urls = everyUrl(await text(file));
      expect(urls.length, file).toBeGreaterThan(0);
      expect(
        urls.filter((url) => !url.startsWith(absolute)),
        file,
      ).toEqual([]);
    }
    const papers = JSON.parse(await text('papers.json'));
    expect(papers.site).toBe(absolute);
    const r3 = papers.papers.find(
      (paper: {arxivId?: string}) => paper.arxivId === '2510.11370',
    );
    expect(r3.page).toBe(`${absolute}papers/2510.11370`);
    expect(r3.reviews[0].url).toMatch(
      new RegExp(`^${absolute}docs/papers/y2025/oct/20251027#`),
    );
    expect(await text('sitemap.xml')).toContain(
      `<loc>${absolute}papers/2510.11370</loc>`,
    );
    expect(await text('robots.txt')).toContain(
      `Sitemap: ${absolute}sitemap.xml`,
    );

    const html = await text('docs/papers/y2025/oct/20251027');
    const image = html.match(/property="?og:image"? content="?([^"\s>]+)/)?.[1];
    expect(image).toBe(`${absolute}social/docs/papers/y2025/oct/20251027.png`);
    const card = await request.get(image!.slice(SITE_URL.length));
    expect(card.headers()['content-type']).toBe('image/png');
  });
});
