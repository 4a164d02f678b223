/**
 * The Content-Security-Policy of the built pages: search and the figure
 * viewer work under it, every inline script is allowed by hash (in the
 * `<meta>` and in `_headers`), and a script or an image from elsewhere
 * that got into a page is refused and reported.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {inlineScriptHashes} from '../../src/lib/site/contentSecurityPolicy';
import {BUILD_DIR} from './buildDir';
import {expect, test} from './fixtures';
import {
  openHydrated,
  policyViolations,
  watchPolicyViolations,
} from './pageHelpers';

const SEED = '/docs/papers/y2025/oct/20251027';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The policy a page's `<meta>` states. */
function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(
    html,
  )?.[1];
}

test('every built page states a policy that allows exactly its inline scripts, and _headers allows them all', () => {
  const headers = readFileSync(path.join(BUILD_DIR, '_headers'), 'utf8');
  expect(headers).toMatch(
    /^\/\*\n {2}Content-Security-Policy: default-src 'self';/,
  );
  expect(headers).toContain("frame-ancestors 'none'");
  const files = htmlFiles(BUILD_DIR);
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const policy = metaPolicy(html);
    const name = path.relative(BUILD_DIR, file);
    expect(policy, `${name} has a policy`).toBeDefined();
    expect(policy, name).toContain("object-src 'none'");
    expect(policy, name).toContain("base-uri 'self'");
    expect(policy, name).not.toContain("'unsafe-inline' 'sha"); // scripts by hash only
    const scriptSources = /script-src ([^;]*)/.exec(policy!)![1]!;
    expect(scriptSources, name).not.toContain('unsafe-inline');
    expect(scriptSources, name).not.toMatch(/https?:/);
    for (const hash of inlineScriptHashes(html)) {
      expect(scriptSources, `${name} allows ${hash}`).toContain(hash);
      expect(headers, `_headers allows ${hash} of ${name}`).toContain(hash);
    }
  }
});

test('search runs under the policy, Pagefind and its WebAssembly included', async ({
  page,
}) => {
  await watchPolicyViolations(page);
  await openHydrated(page, SEED);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', {name: '검색', exact: true});
  await dialog.getByRole('combobox', {name: '검색어'}).fill('R3');
  await expect(dialog.getByRole('option').first()).toContainText(
    'Stabilizing MoE',
  );
  await page.keyboard.press('Escape');
  await openHydrated(page, '/papers?q=%EB%8F%99%EA%B8%B0%ED%99%94');
  await expect(page.locator('[data-paper-row]:visible')).toHaveCount(1);
  expect(await policyViolations(page)).toEqual([]);
});

test('the figure viewer runs under the policy', async ({page}) => {
  await watchPolicyViolations(page);
  await openHydrated(page, SEED);
  await page.getByRole('button', {name: /^확대: .*self-play/}).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.locator('img')).toBeVisible();
  await viewer.getByRole('button', {name: '닫기'}).click();
  expect(await policyViolations(page)).toEqual([]);
});

test('a script and an image injected into a page are refused and reported', async ({
  page,
  browserErrors,
  baseURL,
}) => {
  browserErrors.allow(/Content Security Policy/);
  // The review as a hostile post would have made it had the content
  // rules let it through: an inline script and a tracking image.
  const built = readFileSync(
    path.join(BUILD_DIR, SEED.slice(1), 'index.html'),
    'utf8',
  );
  // The site's own scripts are left out: the page is not a route of the
  // app, and the policy is in its HTML.
  const injected = built
    .replace(/<script[^>]*\ssrc=[^>]*><\/script>/g, '')
    .replace(
      '</main>',
      '<script>window.injected = true</script><img src="https://tracker.example/pixel.png" alt=""></main>',
    );
  expect(injected).not.toBe(built);
  await page.route(`${baseURL}/injected`, (route) =>
    route.fulfill({contentType: 'text/html', body: injected}),
  );
  await watchPolicyViolations(page);
  await page.goto('/injected');
  await expect
    .poll(async () => (await policyViolations(page)).map((v) => v.directive))
    .toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
  expect(
    await page.evaluate(() => (window as {injected?: boolean}).injected),
  ).toBeUndefined();
  const violations = await policyViolations(page);
  expect(violations.find((v) => v.directive === 'img-src')?.blocked).toBe(
    'https://tracker.example/pixel.png',
  );
});
