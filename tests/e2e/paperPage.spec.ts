/**
 * A paper's page, `/papers/<arXiv id>`: built as HTML for each paper from
 * one client route, opened directly, reached from /papers and from a card,
 * and its citation copied.
 */
import {expect, test} from './fixtures';
import {openHydrated} from './pageHelpers';

const SAMPLING = '/papers/2510.14901';
const SEED = '/docs/papers/y2025/oct/20251027';

test('is in the HTML before any script runs, with its title, reviews and citation', async ({
  browser,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  const response = await page.goto(SAMPLING);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(
    'Reasoning with Sampling: Your Base Model is Smarter Than You Think | 논문 리뷰',
  );
  await expect(
    page.getByRole('heading', {level: 1, name: 'Reasoning with Sampling'}),
  ).toBeVisible();
  await expect(page.getByRole('link', {name: 'Harvard'})).toHaveAttribute(
    'href',
    '/orgs/harvard',
  );
  await expect(
    page.getByRole('link', {name: 'arXiv', exact: true}),
  ).toHaveAttribute('href', 'https://arxiv.org/abs/2510.14901');
  const review = page.getByRole('link', {name: '2025년 10월 27일 논문 리뷰'});
  await expect(review).toHaveAttribute(
    'href',
    `${SEED}#1-reasoning-with-sampling-harvard`,
  );
  await expect(page.locator('pre')).toContainText('eprint = {2510.14901}');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    /\/papers\/2510\.14901$/,
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /\S/,
  );
  await context.close();
});

test('hydrates without an error and copies its BibTeX from the keyboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, SAMPLING);
  const cite = page.getByRole('button', {
    name: '인용: Reasoning with Sampling: Your Base Model is Smarter Than You Think의 BibTeX 복사',
  });
  await cite.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({hasText: '복사'})).toHaveText(
    'BibTeX를 복사했습니다',
  );
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toMatch(/^@misc\{arxiv:2510\.14901,/);
  expect(bibtex).toContain('archivePrefix = {arXiv}');
});

test('is linked from its card, and leads back to the card inside the site', async ({
  page,
}) => {
  await openHydrated(page, SEED);
  await page
    .locator('[id="1-reasoning-with-sampling-harvard"]')
    .locator('xpath=ancestor::header')
    .getByRole('link', {name: '논문 페이지'})
    .click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLING}$`));
  await expect(
    page.getByRole('heading', {level: 1, name: 'Reasoning with Sampling'}),
  ).toBeVisible();
  await expect(page).toHaveTitle(
    'Reasoning with Sampling: Your Base Model is Smarter Than You Think | 논문 리뷰',
  );
  // Marks the document: a reload would lose it.
  await page.evaluate(() => {
    (window as {stayed?: boolean}).stayed = true;
  });
  await page.getByRole('link', {name: '2025년 10월 27일 논문 리뷰'}).click();
  await expect(page).toHaveURL(/#1-reasoning-with-sampling-harvard$/);
  expect(await page.evaluate(() => (window as {stayed?: boolean}).stayed)).toBe(
    true,
  );
});

test('is what a title on /papers opens', async ({page}) => {
  await openHydrated(page, '/papers');
  await page
    .locator('[data-paper-row] > a', {hasText: 'Reasoning with Sampling'})
    .click();
  await expect(page).toHaveURL(new RegExp(`${SAMPLING}$`));
  await expect(
    page.getByRole('heading', {level: 1, name: 'Reasoning with Sampling'}),
  ).toBeVisible();
});

test('says so, inside the site, when a paper has no page', async ({
  page,
  browserErrors,
}) => {
  browserErrors.allow(/status of 404/);
  await openHydrated(page, SEED);
  await page.evaluate(() => {
    window.history.pushState(null, '', '/papers/9999.99999');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(
    page.getByRole('heading', {name: '이 논문의 페이지가 없습니다'}),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {name: '리뷰한 모든 논문'}),
  ).toHaveAttribute('href', '/papers');
});

test('every paper page is in the sitemap, the route pattern is not', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/papers/2510.14901</loc>');
  expect(sitemap).toMatch(/\/papers\/web-[0-9a-f]{12}<\/loc>/);
  expect(sitemap).not.toContain(':paperSlug');
  expect((await request.get('/papers/:paperSlug')).status()).toBe(404);
});

test('a link to a paper page in a post previews the paper on focus and closes on Esc', async ({
  page,
}) => {
  await openHydrated(page, '/blog/how-reviews-are-written');
  const link = page.getByRole('link', {name: '논문 페이지', exact: true});
  await link.focus();
  const preview = page.getByRole('tooltip');
  await expect(preview).toContainText('논문 페이지');
  await expect(preview).toContainText(
    'Reasoning with Sampling: Your Base Model is Smarter Than You Think',
  );
  await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});
