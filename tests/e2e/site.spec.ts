/**
 * Site-wide browser tests against the served production build: every page
 * of the sitemap loads cleanly, key pages pass axe in both color modes, and
 * unknown addresses get the Korean not-found page.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {BUILD_DIR} from './buildDir';
import {devices} from '@playwright/test';
import {expect, test} from './fixtures';
import {
  openHydrated,
  axeViolations,
  policyViolations,
  useColorMode,
  waitForHydration,
  watchPolicyViolations,
} from './pageHelpers';

const SITEMAP_FILE = path.join(BUILD_DIR, 'sitemap.xml');

/** An address no page has. */
const NOT_FOUND_PATH = '/this-page-does-not-exist';
const COLOR_MODES = ['light', 'dark'] as const;

/** Translations of theme-classic's not-found page (`theme.NotFound.*`). */
const NOT_FOUND_TITLE = '페이지를 찾을 수 없습니다.';
const NOT_FOUND_TEXT = '원하는 페이지를 찾을 수 없습니다.';

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * The paths (with query) of a sitemap's `<loc>` URLs: the sitemap names the
 * public site, the tests visit the same paths on the local server.
 */
function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) => {
    const loc = (match[1] ?? '').replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, name: string) => XML_ENTITIES[name] ?? '',
    );
    const url = new URL(loc);
    return url.pathname + url.search;
  });
}

// Read while collecting tests, so that each page is a test of its own.
const builtPaths = existsSync(SITEMAP_FILE)
  ? sitemapPaths(readFileSync(SITEMAP_FILE, 'utf8'))
  : [];

test.describe('every page of the sitemap', () => {
  test('the served sitemap lists the same pages as the build, home included', async ({
    request,
  }) => {
    expect(existsSync(SITEMAP_FILE), `${SITEMAP_FILE} exists`).toBe(true);
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const served = sitemapPaths(await response.text());
    expect(served).toEqual(builtPaths);
    expect(served).toContain('/');
  });

  for (const path of builtPaths) {
    test(`${path} loads and hydrates without errors or policy violations, with a title and a heading or main`, async ({
      page,
    }) => {
      await watchPolicyViolations(page);
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      await waitForHydration(page);

      expect((await page.title()).trim(), `<title> of ${path}`).not.toBe('');
      const headings = await page.locator('h1').count();
      const mains = await page.locator('main').count();
      expect(
        headings === 1 || mains > 0,
        `${path} has exactly one <h1> or a <main> (it has ${headings} <h1> and ${mains} <main>)`,
      ).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(await policyViolations(page)).toEqual([]);
    });
  }
});

test.describe('accessibility', () => {
  // Every page of the sitemap and the not-found page, in both colour modes.
  for (const path of [...builtPaths, NOT_FOUND_PATH]) {
    for (const mode of COLOR_MODES) {
      test(`axe finds no violations on ${path} in ${mode} mode`, async ({
        page,
        browserErrors,
      }) => {
        browserErrors.allow(/status of 404/);
        await useColorMode(page, mode);
        const response = await page.goto(path);
        expect(response?.status(), `status of ${path}`).toBe(
          path === NOT_FOUND_PATH ? 404 : 200,
        );
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);

        expect(
          await axeViolations(page),
          `axe violations on ${path} in ${mode} mode`,
        ).toEqual([]);
      });
    }
  }
});

test('an unknown address shows the Korean not-found page', async ({
  page,
  browserErrors,
}) => {
  // The browser logs the 404 response of the page itself, and only that.
  browserErrors.allow(
    /Failed to load resource: the server responded with a status of 404 \(Not Found\) \(\S+\/this-page-does-not-exist:\d+\)$/,
  );
  const response = await page.goto(NOT_FOUND_PATH);
  expect(response?.status()).toBe(404);
  await waitForHydration(page);

  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    NOT_FOUND_TITLE,
  );
  await expect(page.getByText(NOT_FOUND_TEXT, {exact: true})).toBeVisible();
  // The page title comes first, then the site title.
  await expect(page).toHaveTitle(/^페이지를 찾을 수 없습니다\. \| /);
  // Ways on: the latest reviews, the lists, and a search of the site.
  await expect(
    page.getByRole('link', {name: '2025년 10월 27일 논문 리뷰'}),
  ).toBeVisible();
  await expect(page.getByRole('link', {name: '리뷰 전체'})).toBeVisible();
  const search = page.getByRole('main').getByRole('search');
  await search.getByRole('searchbox', {name: '사이트에서 찾아보기'}).fill('R3');
  await search.getByRole('button', {name: '검색'}).click();
  await expect(page).toHaveURL(/\/search\?q=R3$/);
});

test('the colour-mode button names every mode in Korean', async ({page}) => {
  await openHydrated(page, '/');
  const toggle = page.getByRole('button', {name: /어두운 모드와 밝은 모드/});
  // A first visit follows the system; each click moves to the next mode.
  for (const mode of ['시스템 설정', '밝은 모드', '어두운 모드']) {
    await expect(toggle).toHaveAccessibleName(new RegExp(`현재 ${mode}`));
    await expect(toggle).toHaveAttribute('title', new RegExp(mode));
    await toggle.click();
  }
});

test('the footer states the licence of the reviews, linked', async ({page}) => {
  await openHydrated(page, '/');
  const license = page
    .getByRole('contentinfo')
    .getByRole('link', {name: 'CC BY 4.0'});
  await expect(license).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expect(license).toHaveAttribute('rel', 'license');
});

for (const path of ['/', '/docs/papers/y2025/oct/20251027']) {
  test(`nothing on ${path} moves while it loads on a slow phone`, async ({
    browser,
  }) => {
    // Lighthouse's phone: small, dense screen and a slow processor.
    const context = await browser.newContext({...devices['Moto G4']});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as {shifts?: string[]}).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: {node?: Node}[];
        })[]) {
          shifts.push(
            `${entry.value.toFixed(4)}: ${entry.sources
              .map((source) => source.node?.textContent?.slice(0, 30) ?? '?')
              .join(', ')}`,
          );
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await openHydrated(page, path);
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as {shifts?: string[]}).shifts),
    ).toEqual([]);
    await context.close();
  });
}
