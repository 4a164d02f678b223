import {execFileSync, spawn} from 'node:child_process';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from './chromium';
import {syntheticSite} from './syntheticSite';

/** Per-keystroke times of the /papers filter, in milliseconds. */
export interface FilterBenchResult {
  papers: number;
  /** Keystrokes into the papers filter. */
  filter: number[];
  /** Keystrokes into a bare input on the same page: the cost of a keystroke itself. */
  baseline: number[];
}

/** Posts with six papers each; 834 posts make 5,004 papers. */
const POSTS_FOR_5000_PAPERS = 834;
const PORT = 3290;
const QUERIES = ['reinforcement learning', '라우팅 연구'];

/**
 * Builds a copy of the site with about 5,000 synthetic papers, serves it on
 * 127.0.0.1 and types into the /papers filter in Chromium, timing each
 * keystroke from keydown until two frames later (so layout and paint count).
 */
export async function benchPapersFilter(
  siteDir: string,
): Promise<FilterBenchResult> {
  const site = syntheticSite(siteDir, POSTS_FOR_5000_PAPERS);
  const server = {stop: () => {}};
  try {
    buildSite(site.dir);
    const child = spawn(
      'npx',
      [
        'docusaurus',
        'serve',
        '--host',
        '127.0.0.1',
        '--port',
        String(PORT),
        '--no-open',
      ],
      {cwd: site.dir, stdio: 'ignore', detached: true},
    );
    server.stop = () => process.kill(-child.pid!, 'SIGTERM');
    await waitForServer(`http://127.0.0.1:${PORT}/papers`);

    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/papers`);
      await page.waitForFunction(
        () => document.documentElement.dataset.hasHydrated === 'true',
      );
      const papers = await page.locator('[data-paper-row]').count();
      await page.evaluate(() => {
        const bare = document.createElement('input');
        bare.id = 'bench-baseline';
        document.body.prepend(bare);
        const times: Record<string, number[]> = {filter: [], baseline: []};
        (window as unknown as {benchTimes: typeof times}).benchTimes = times;
        document.addEventListener(
          'keydown',
          (event) => {
            const target = event.target as HTMLElement;
            const bucket =
              target.id === 'bench-baseline' ? 'baseline' : 'filter';
            const start = performance.now();
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                times[bucket]!.push(performance.now() - start),
              ),
            );
          },
          {capture: true},
        );
      });
      const filter = page.getByLabel('제목·기관·내용으로 찾기');
      for (const query of QUERIES) {
        await filter.fill('');
        await filter.pressSequentially(query, {delay: 120});
        // A filter that hides nothing would be measured as fast: refuse it.
        const visible = await page.locator('[data-paper-row]:visible').count();
        if (visible >= papers) {
          throw new Error(`typing "${query}" hid no rows of /papers`);
        }
        await page
          .locator('#bench-baseline')
          .pressSequentially(query, {delay: 120});
      }
      await page.waitForTimeout(200);
      const times = await page.evaluate(
        () => (window as unknown as {benchTimes: FilterBenchResult}).benchTimes,
      );
      return {papers, filter: times.filter, baseline: times.baseline};
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
    site.remove();
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the benchmark site did not start at ${url}`);
}

/** Builds the copy, showing the end of the build log when it fails. */
function buildSite(dir: string): void {
  try {
    execFileSync('npx', ['docusaurus', 'build'], {cwd: dir, encoding: 'utf8'});
  } catch (error) {
    const {stdout = '', stderr = ''} = error as {
      stdout?: string;
      stderr?: string;
    };
    const log = `${stdout}${stderr}`.split('\n').slice(-30).join('\n');
    throw new Error(`the benchmark site did not build:\n${log}`);
  }
}
