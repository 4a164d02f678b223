/**
 * How much JavaScript and CSS a page of the production build makes a reader
 * download before they do anything: every script and stylesheet Chromium
 * requests while the page loads and hydrates, sized from the build folder,
 * raw and gzipped. Route chunks count (the Docusaurus runtime fetches them
 * before hydrating); prefetches of linked pages do not (the page does not
 * run them). `npm run bench -- --only initial-js` prints it.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from './chromium';

/** One file the page loaded. */
export interface AssetSize {
  /** Path below the site root, e.g. `/assets/js/main.2082557b.js`. */
  path: string;
  bytes: number;
  gzip: number;
}

/** Raw and gzip bytes of some files together. */
export interface AssetTotals {
  bytes: number;
  gzip: number;
}

/** The scripts and stylesheets a page loaded before any interaction. */
export interface InitialJs {
  page: string;
  scripts: AssetSize[];
  styles: AssetSize[];
  js: AssetTotals;
  css: AssetTotals;
}

/** The origin the build is served under; requests never leave the process. */
const ORIGIN = 'http://initial-js.localhost';

/** The content type a static host sends for each kind of file of a build. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Size of `content` compressed the way web servers do by default (gzip -6). */
export function gzipSize(content: Uint8Array): number {
  return gzipSync(content, {level: 6}).length;
}

/**
 * The file of the build a URL path names, as a static server finds it
 * (`/a` → `a`, `a/index.html` or `a.html`), or `undefined` (also for a
 * path that climbs out of the build).
 */
export function buildFileFor(
  buildDir: string,
  urlPath: string,
): string | undefined {
  const root = path.resolve(buildDir);
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const base = path.join(root, relative);
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  for (const candidate of [
    base,
    path.join(base, 'index.html'),
    `${base}.html`,
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Sorts files by path and adds up their sizes. */
function collect(files: readonly AssetSize[]): {
  files: AssetSize[];
  totals: AssetTotals;
} {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  return {
    files: sorted,
    totals: {
      bytes: sorted.reduce((sum, file) => sum + file.bytes, 0),
      gzip: sorted.reduce((sum, file) => sum + file.gzip, 0),
    },
  };
}

/** Adds up script and stylesheet sizes into a report for `page`. */
export function summarize(
  page: string,
  scripts: readonly AssetSize[],
  styles: readonly AssetSize[],
): InitialJs {
  const js = collect(scripts);
  const css = collect(styles);
  return {
    page,
    scripts: js.files,
    styles: css.files,
    js: js.totals,
    css: css.totals,
  };
}

/**
 * Loads `page` of the build in Chromium, served straight from `buildDir`,
 * waits for hydration and a quiet network, and sizes every script and
 * stylesheet fetched. `viewport` defaults to Playwright's 1280×720.
 */
export async function measureInitialJs(options: {
  buildDir: string;
  page: string;
  viewport?: {width: number; height: number};
}): Promise<InitialJs> {
  const buildDir = path.resolve(options.buildDir);
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      `${buildDir} is not a production build (it has no index.html): run \`npm run build\` first.`,
    );
  }
  if (!buildFileFor(buildDir, options.page)) {
    throw new Error(`${options.page} is not a page of ${buildDir}`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext(
      options.viewport ? {viewport: options.viewport} : {},
    );
    await context.route(`${ORIGIN}/**`, async (route) => {
      const file = buildFileFor(
        buildDir,
        new URL(route.request().url()).pathname,
      );
      if (!file) {
        await route.fulfill({status: 404, body: 'not found'});
        return;
      }
      await route.fulfill({
        status: 200,
        body: readFileSync(file),
        contentType:
          CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
    });
    const page = await context.newPage();
    const scripts = new Set<string>();
    const styles = new Set<string>();
    page.on('request', (request) => {
      const type = request.resourceType();
      const wanted =
        type === 'script' ? scripts : type === 'stylesheet' ? styles : null;
      wanted?.add(new URL(request.url()).pathname);
    });
    await page.goto(`${ORIGIN}${options.page}`, {waitUntil: 'networkidle'});
    await page.waitForFunction(
      () => document.documentElement.dataset.hasHydrated === 'true',
    );
    await page.waitForLoadState('networkidle');
    const sized = (urlPath: string): AssetSize => {
      const file = buildFileFor(buildDir, urlPath);
      if (!file) {
        throw new Error(
          `the page loaded ${urlPath}, which is not in ${buildDir}`,
        );
      }
      const content = readFileSync(file);
      return {path: urlPath, bytes: content.length, gzip: gzipSize(content)};
    };
    return summarize(
      options.page,
      [...scripts].map(sized),
      [...styles].map(sized),
    );
  } finally {
    await browser.close();
  }
}

/** The report as lines of text: one per file, then a total per kind. */
export function formatInitialJs(result: InitialJs): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const files = [...result.scripts, ...result.styles];
  const width = Math.max(5, ...files.map((file) => file.path.length));
  const row = (label: string, size: AssetTotals) =>
    `  ${label.padEnd(width)}  ${kb(size.bytes).padStart(9)}  ${kb(size.gzip).padStart(9)} gzip`;
  const section = (
    title: string,
    list: readonly AssetSize[],
    totals: AssetTotals,
  ) => [
    `${title}:`,
    ...list.map((file) => row(file.path, file)),
    `${row('total', totals)} (${totals.gzip} bytes)`,
  ];
  return [
    ...section(
      `Initial JavaScript of ${result.page}`,
      result.scripts,
      result.js,
    ),
    ...section(`Initial CSS of ${result.page}`, result.styles, result.css),
  ].join('\n');
}
