/**
 * How much JavaScript a page of the production build makes a reader
 * download before they do anything: every script Chromium requests while
 * the page loads and hydrates, sized from the build folder, raw and gzipped.
 * Route chunks count (the Docusaurus runtime fetches them before hydrating);
 * prefetches of linked pages do not (they are not scripts the page runs).
 *
 *   npx tsx scripts/lib/initialJs.ts --build build \
 *     --page /docs/papers/y2025/oct/20251027
 */
import {readCommandLine} from './cli';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from './chromium';

/** One script the page loaded. */
export interface ScriptSize {
  /** Path below the site root, e.g. `/assets/js/main.2082557b.js`. */
  path: string;
  bytes: number;
  gzip: number;
}

/** The scripts a page loaded before any interaction, and their totals. */
export interface InitialJs {
  page: string;
  scripts: ScriptSize[];
  bytes: number;
  gzip: number;
}

/** The origin the build is served under; requests never leave the process. */
const ORIGIN = 'http://initial-js.localhost';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Size of `content` compressed the way web servers do by default (gzip -6). */
export function gzipSize(content: Uint8Array): number {
  return gzipSync(content, {level: 6}).length;
}

/**
 * The file of the build a URL path names, as a static server finds it
 * (`/a` → `a`, `a/index.html` or `a.html`), or `undefined`.
 */
export function buildFileFor(
  buildDir: string,
  urlPath: string,
): string | undefined {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const base = path.join(buildDir, relative);
  if (!base.startsWith(path.resolve(buildDir))) return undefined;
  for (const candidate of [
    base,
    path.join(base, 'index.html'),
    `${base}.html`,
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Adds up script sizes into a report for `page`. */
export function summarize(page: string, scripts: ScriptSize[]): InitialJs {
  const sorted = [...scripts].sort((a, b) => a.path.localeCompare(b.path));
  return {
    page,
    scripts: sorted,
    bytes: sorted.reduce((sum, script) => sum + script.bytes, 0),
    gzip: sorted.reduce((sum, script) => sum + script.gzip, 0),
  };
}

/**
 * Loads `page` of the build in Chromium, served straight from `buildDir`,
 * waits for hydration and a quiet network, and sizes every script fetched.
 */
export async function measureInitialJs(options: {
  buildDir: string;
  page: string;
}): Promise<InitialJs> {
  const buildDir = path.resolve(options.buildDir);
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      `${buildDir} is not a production build (it has no index.html): run the build first.`,
    );
  }
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext();
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
    page.on('request', (request) => {
      if (request.resourceType() === 'script') {
        scripts.add(new URL(request.url()).pathname);
      }
    });
    await page.goto(`${ORIGIN}${options.page}`, {waitUntil: 'networkidle'});
    await page.waitForFunction(
      () => document.documentElement.dataset.hasHydrated === 'true',
    );
    await page.waitForLoadState('networkidle');
    return summarize(
      options.page,
      [...scripts].map((scriptPath) => {
        const file = buildFileFor(buildDir, scriptPath);
        if (!file) {
          throw new Error(
            `the page loaded ${scriptPath}, which is not in ${buildDir}`,
          );
        }
        const content = readFileSync(file);
        return {
          path: scriptPath,
          bytes: content.length,
          gzip: gzipSize(content),
        };
      }),
    );
  } finally {
    await browser.close();
  }
}

/** The report as lines of text, one per script and a total. */
export function formatInitialJs(result: InitialJs): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const width = Math.max(...result.scripts.map((script) => script.path.length));
  return [
    `Initial JavaScript of ${result.page}:`,
    ...result.scripts.map(
      (script) =>
        `  ${script.path.padEnd(width)}  ${kb(script.bytes).padStart(9)}  ${kb(script.gzip).padStart(9)} gzip`,
    ),
    `  ${'total'.padEnd(width)}  ${kb(result.bytes).padStart(9)}  ${kb(result.gzip).padStart(9)} gzip (${result.gzip} bytes)`,
  ].join('\n');
}

const HELP = `Usage: tsx scripts/lib/initialJs.ts --build <folder> --page <path>

Loads one page of a production build in Chromium and lists the JavaScript it
downloads before any interaction, with raw and gzip (level 6) sizes.

Example:
  npx tsx scripts/lib/initialJs.ts --build build --page /docs/papers/y2025/oct/20251027`;

async function main(): Promise<number> {
  const args = readCommandLine(
    {
      options: {
        build: {type: 'string', default: 'build'},
        page: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const {values} = args;
  if (!values.page?.startsWith('/')) {
    console.error(`--page must be a path starting with /\n\n${HELP}`);
    return 2;
  }
  try {
    const result = await measureInitialJs({
      buildDir: values.build ?? 'build',
      page: values.page,
    });
    console.log(formatInitialJs(result));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main().then((code) => {
    process.exitCode = code;
  });
}
