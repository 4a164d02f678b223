/**
 * Lighthouse's mobile audit of a page of a production build, as a reader's
 * phone would load it from a real host: the build is served on 127.0.0.1
 * with gzip, and Lighthouse runs with its default (mobile) preset in the
 * system Chromium.
 */
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {CHROMIUM_ARGS, chromiumExecutable} from './chromium';
import {CONTENT_TYPES, buildFileFor} from './initialJs';

/** Lighthouse's four categories. */
export const CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run found. */
export interface LighthouseRun {
  /** The score of each category audited, 0 to 100. */
  scores: Partial<Record<Category, number>>;
  /** Total blocking time, milliseconds. */
  totalBlockingMs: number;
  /** Largest contentful paint, milliseconds. */
  largestPaintMs: number;
  /** Cumulative layout shift. */
  layoutShift: number;
  /** The audits that failed, by id, for a report to name. */
  failed: string[];
}

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves `buildDir` on 127.0.0.1 (a free port unless one is given) as a
 * static host would: `/a` answers with `a/index.html`, text is gzipped,
 * the rest is 404.
 */
export async function serveBuild(
  buildDir: string,
  port = 0,
): Promise<{
  origin: string;
  close: () => Promise<void>;
}> {
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = buildFileFor(buildDir, urlPath);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    const extension = path.extname(file);
    let body: Uint8Array = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    };
    if (
      COMPRESSED.has(extension) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']))
    ) {
      body = gzipSync(body, {level: 6});
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve()),
  );
  const {port: bound} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Runs Lighthouse's mobile audit of `categories` (default: all four) on
 * `page` of `buildDir` `runs` times, each in a fresh Chromium.
 */
export async function auditPage({
  buildDir,
  page,
  runs,
  categories = CATEGORIES,
}: {
  buildDir: string;
  page: string;
  runs: number;
  categories?: readonly Category[];
}): Promise<LighthouseRun[]> {
  const executable = chromiumExecutable();
  if (!executable) {
    throw new Error(
      'Lighthouse needs a Chromium: install one (apt-get install chromium) or set CHROME_PATH',
    );
  }
  // Both are ES modules only.
  const {default: lighthouse} = await import('lighthouse');
  const {launch} = await import('chrome-launcher');
  const served = await serveBuild(buildDir);
  const results: LighthouseRun[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const chrome = await launch({
        chromePath: executable,
        chromeFlags: [...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(`${served.origin}${page}`, {
          port: chrome.port,
          onlyCategories: [...categories],
          logLevel: 'error',
          output: 'json',
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          throw new Error(
            `Lighthouse could not audit ${page}: ${lhr?.runtimeError?.message ?? 'no result'}`,
          );
        }
        const scores: LighthouseRun['scores'] = {};
        for (const category of categories) {
          const score = lhr.categories[category]?.score;
          if (score === null || score === undefined) {
            throw new Error(`Lighthouse gave ${page} no ${category} score`);
          }
          scores[category] = Math.round(score * 100);
        }
        const audited = new Set(
          categories.flatMap((category) =>
            (lhr.categories[category]?.auditRefs ?? []).map((ref) => ref.id),
          ),
        );
        results.push({
          scores,
          totalBlockingMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
          largestPaintMs:
            lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
          layoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
          failed: Object.values(lhr.audits)
            .filter(
              (audit) =>
                audited.has(audit.id) &&
                audit.score !== null &&
                audit.score < 1 &&
                audit.scoreDisplayMode === 'binary',
            )
            .map((audit) => audit.id),
        });
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await served.close();
  }
  return results;
}
