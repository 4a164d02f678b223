/**
 * The side-by-side benchmark of `npm run bench -- --only site`: the same
 * realistic corpus built as this project (A), vanilla Docusaurus (B) and
 * vanilla Docusaurus with `future.faster` (C), alternating variants from cold
 * caches, then the review page's initial download, lint on its own and the
 * dev server's edit loop, each checked against its budget.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {benchDevServer, type DevBenchResult} from '../devBench';
import {measureInitialJs} from '../initialJs';
import {auditPage} from '../lighthouse';
import {median} from '../stats';
import {realisticCorpus} from './corpus';
import {measureRun, perfPhases, type RunCost} from './measure';
import {writeVariants, type VariantName, type VariantSite} from './variants';

/** What to measure. */
export interface SiteBenchOptions {
  /** The repository (site folder) of this project. */
  repo: string;
  /** Corpus sizes, e.g. [200, 1000]. */
  sizes: readonly number[];
  /** Builds per variant and size (at least 3 for a median worth reading). */
  runs: number;
  /** Measure the dev server too (A and C, at the smallest size). */
  dev: boolean;
  /** Audit the review page with Lighthouse (mobile), `runs` times per variant. */
  lighthouse: boolean;
  /** The variants to build (default all three); the budgets need A and C. */
  variants?: readonly VariantName[];
  /** Progress lines, on stderr. */
  progress: (line: string) => void;
  /** Called with each size's results as soon as they are measured. */
  onSize?: (result: SizeResult) => void;
}

/** The median, lowest and highest of some numbers. */
export interface Spread {
  runs: number[];
  median: number;
  min: number;
  max: number;
}

/** Everything measured at one corpus size. */
export interface SizeResult {
  posts: number;
  /** Mean post size in bytes, to show the corpus is realistic. */
  postBytes: number;
  builds: Record<
    VariantName,
    {wallMs: Spread; cpuMs: Spread; rssBytes: Spread}
  >;
  /** A's phases (median ms over runs) from Docusaurus's perf logger. */
  phases: Record<string, number>;
  lintMs: Spread;
  initial: Partial<Record<VariantName, {jsGzip: number; cssGzip: number}>>;
  /** Lighthouse mobile performance score and total blocking time (ms). */
  lighthouse?: Partial<
    Record<VariantName, {performance: Spread; totalBlockingMs: Spread}>
  >;
  dev?: Partial<Record<VariantName, DevBenchResult>>;
}

/** One budget and whether it was met. */
export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

/** Phases of A reported, by the end of their perf-logger label. */
const PHASES: readonly [string, RegExp][] = [
  ['load site', /> Load site$/],
  // The paper index and the search records wait here for the one load,
  // which starts while the other plugins load their content.
  ['allContentLoaded (paper index, search records)', /> allContentLoaded\(\)$/],
  ['bundling', /> Bundling with .+$/],
  ['SSG', /> SSG$/],
  ['postBuild (search, feeds, papers.json)', /> postBuild\(\)$/],
];

/** Runs the benchmark; the caller prints and checks what it returns. */
export async function runSiteBench(
  options: SiteBenchOptions,
): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const root = mkdtempSync(path.join(tmpdir(), `site-bench-${size}-`));
    try {
      options.progress(`${size} posts: writing the corpus and three sites`);
      const corpus = realisticCorpus(size);
      const sites = writeVariants(options.repo, root, corpus);
      const runs: Record<VariantName, RunCost[]> = {A: [], B: [], C: []};
      const order = [...(options.variants ?? ['A', 'B', 'C'])];
      for (let run = 0; run < options.runs; run += 1) {
        // Rotate the order so no variant always runs on a warmer machine.
        for (const name of [
          ...order.slice(run % 3),
          ...order.slice(0, run % 3),
        ]) {
          options.progress(
            `${size} posts: build ${run + 1}/${options.runs} of ${name}`,
          );
          const cost = await coldBuild(options.repo, sites[name]);
          options.progress(
            `  ${(cost.wallMs / 1000).toFixed(1)} s wall, ${(cost.cpuMs / 1000).toFixed(1)} s CPU, ${(cost.peakRssBytes / 2 ** 30).toFixed(2)} GiB`,
          );
          runs[name].push(cost);
        }
      }
      const page = corpus[0]!.route;
      const initial = {} as SizeResult['initial'];
      for (const name of order) {
        options.progress(
          `${size} posts: initial download of ${page} in ${name}`,
        );
        const measured = await measureInitialJs({
          buildDir: path.join(sites[name].dir, 'build'),
          page,
        });
        initial[name] = {jsGzip: measured.js.gzip, cssGzip: measured.css.gzip};
      }
      const lighthouse = options.lighthouse
        ? await auditVariants(sites, order, page, options, size)
        : undefined;
      options.progress(`${size} posts: lint-posts on its own`);
      const lint: number[] = [];
      for (let run = 0; run < options.runs; run += 1) {
        const cost = await measureRun(
          [
            'node_modules/.bin/tsx',
            'scripts/lint-posts.ts',
            '--root',
            sites.A.dir,
            '--format',
            'json',
          ],
          options.repo,
        );
        // 1 is "found errors"; anything else means lint-posts did not run.
        if (cost.exitCode > 1) {
          throw new Error(
            `lint-posts failed on ${sites.A.dir}:\n${cost.output}`,
          );
        }
        lint.push(cost.wallMs);
      }
      const result: SizeResult = {
        posts: size,
        postBytes: Math.round(
          corpus.reduce(
            (sum, post) => sum + Buffer.byteLength(post.files[0]!.content),
            0,
          ) / corpus.length,
        ),
        builds: Object.fromEntries(
          order.map((name) => [
            name,
            {
              wallMs: spread(runs[name].map((cost) => cost.wallMs)),
              cpuMs: spread(runs[name].map((cost) => cost.cpuMs)),
              rssBytes: spread(runs[name].map((cost) => cost.peakRssBytes)),
            },
          ]),
        ) as SizeResult['builds'],
        phases: medianPhases(runs.A),
        lintMs: spread(lint),
        initial,
        ...(lighthouse && {lighthouse}),
      };
      if (options.dev && size === Math.min(...options.sizes)) {
        result.dev = {};
        for (const name of ['A', 'C'] as const) {
          options.progress(`${size} posts: dev server of ${name}`);
          clearCaches(options.repo, sites[name]);
          result.dev[name] = await benchDevServer({
            siteDir: sites[name].dir,
            page,
            postFile: corpus[0]!.file,
          });
        }
      }
      results.push(result);
      options.onSize?.(result);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  }
  return results;
}

/** Lighthouse on `page` of each variant's build, alternating variants. */
async function auditVariants(
  sites: Record<VariantName, VariantSite>,
  order: readonly VariantName[],
  page: string,
  options: SiteBenchOptions,
  size: number,
): Promise<NonNullable<SizeResult['lighthouse']>> {
  const audits = new Map<VariantName, {score: number[]; tbt: number[]}>(
    order.map((name) => [name, {score: [], tbt: []}]),
  );
  for (let run = 0; run < options.runs; run += 1) {
    for (const name of order) {
      options.progress(
        `${size} posts: Lighthouse ${run + 1}/${options.runs} of ${name}`,
      );
      const [audit] = await auditPage({
        buildDir: path.join(sites[name].dir, 'build'),
        page,
        runs: 1,
        categories: ['performance'],
      });
      audits.get(name)!.score.push(audit!.scores.performance!);
      audits.get(name)!.tbt.push(audit!.totalBlockingMs);
    }
  }
  return Object.fromEntries(
    [...audits].map(([name, {score, tbt}]) => [
      name,
      {performance: spread(score), totalBlockingMs: spread(tbt)},
    ]),
  );
}

async function coldBuild(repo: string, site: VariantSite): Promise<RunCost> {
  clearCaches(repo, site);
  const cost = await measureRun(site.build, site.dir, {
    DOCUSAURUS_PERF_LOGGER: 'true',
  });
  if (cost.exitCode !== 0) {
    throw new Error(
      `building ${site.name} in ${site.dir} failed:\n${cost.output.slice(-3000)}`,
    );
  }
  return cost;
}

/** A cold start: no generated files and no bundler cache (shared through node_modules). */
function clearCaches(repo: string, site: VariantSite): void {
  for (const folder of [
    path.join(repo, 'node_modules', '.cache'),
    path.join(site.dir, '.docusaurus'),
    path.join(site.dir, 'build'),
  ]) {
    rmSync(folder, {recursive: true, force: true});
  }
}

function medianPhases(costs: readonly RunCost[]): Record<string, number> {
  const phases: Record<string, number> = {};
  const parsed = costs.map((cost) => perfPhases(cost.output));
  for (const [label, pattern] of PHASES) {
    const values = parsed.map((phasesOfRun) =>
      [...phasesOfRun.entries()]
        .filter(([name]) => pattern.test(name))
        .reduce((sum, [, ms]) => sum + ms, 0),
    );
    phases[label] = spread(values).median;
  }
  return phases;
}

/** Median, min and max of some numbers. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: [...values],
    median: median(values),
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}

/** A variant's builds at one size; the budgets compare A with C. */
function builds(result: SizeResult, name: VariantName) {
  const measured = result.builds[name];
  if (!measured) throw new Error(`the budgets need variant ${name} built`);
  return measured;
}

function initial(result: SizeResult, name: VariantName) {
  const measured = result.initial[name];
  if (!measured) throw new Error(`the budgets need variant ${name} built`);
  return measured;
}

/** Every budget of the performance issue that this benchmark can check. */
export function checkBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const ratio = (a: number, b: number) => a / b;
  const largest = results.reduce((a, b) => (b.posts > a.posts ? b : a));
  const smallest = results.reduce((a, b) => (b.posts < a.posts ? b : a));
  const add = (name: string, limit: string, measured: string, met: boolean) =>
    checks.push({name, limit, measured, met});
  const at = `at ${largest.posts} posts`;
  const wall = ratio(
    builds(largest, 'A').wallMs.median,
    builds(largest, 'C').wallMs.median,
  );
  add(`build wall A/C ${at}`, '≤ 1.15', wall.toFixed(2), wall <= 1.15);
  const cpu = ratio(
    builds(largest, 'A').cpuMs.median,
    builds(largest, 'C').cpuMs.median,
  );
  add(`build CPU A/C ${at}`, '≤ 1.15', cpu.toFixed(2), cpu <= 1.15);
  const memory = ratio(
    builds(largest, 'A').rssBytes.median,
    builds(largest, 'C').rssBytes.median,
  );
  add(`peak memory A/C ${at}`, '≤ 1.10', memory.toFixed(2), memory <= 1.1);
  if (largest.posts >= 1000) {
    add(
      `lint-posts ${at}`,
      '≤ 5 s',
      `${(largest.lintMs.median / 1000).toFixed(1)} s`,
      largest.lintMs.median <= 5000,
    );
  }
  const indexes =
    (largest.phases['allContentLoaded (paper index, search records)'] ?? 0) +
    (largest.phases['postBuild (search, feeds, papers.json)'] ?? 0);
  add(
    `search index + paper index + feeds ${at}`,
    '≤ 5 s',
    `${(indexes / 1000).toFixed(1)} s`,
    indexes <= 5000,
  );
  for (const result of results) {
    const A = initial(result, 'A');
    const C = initial(result, 'C');
    add(
      `review page initial JS at ${result.posts} posts`,
      `≤ C (${kb(C.jsGzip)})`,
      kb(A.jsGzip),
      A.jsGzip <= C.jsGzip,
    );
    add(
      `render-blocking CSS at ${result.posts} posts`,
      '≤ 35 KB gzip',
      kb(A.cssGzip),
      A.cssGzip <= 35 * 1024,
    );
  }
  if (largest !== smallest) {
    const growth = initial(largest, 'A').jsGzip - initial(smallest, 'A').jsGzip;
    add(
      `initial JS growth ${smallest.posts} → ${largest.posts} posts`,
      '≤ 15 KB',
      kb(growth),
      growth <= 15 * 1024,
    );
  }
  const audits = largest.lighthouse;
  if (audits?.A && audits.C) {
    const scoreA = audits.A.performance.median;
    const scoreC = audits.C.performance.median;
    add(
      `Lighthouse mobile performance ${at}`,
      `≥ C (${scoreC}) and ≥ 90`,
      String(scoreA),
      scoreA >= scoreC && scoreA >= 90,
    );
    const tbtA = audits.A.totalBlockingMs.median;
    const tbtC = audits.C.totalBlockingMs.median;
    add(
      `Lighthouse total blocking time ${at}`,
      `≤ C (${Math.round(tbtC)} ms)`,
      `${Math.round(tbtA)} ms`,
      tbtA <= tbtC,
    );
  }
  const dev = smallest.dev;
  if (dev?.A && dev.C) {
    const compilations = Math.max(...dev.A.compilationsPerEdit);
    add(
      `dev compilations per edit at ${smallest.posts} posts`,
      '1',
      String(compilations),
      compilations === 1,
    );
    const editA = spread(dev.A.editMs).median;
    const editC = spread(dev.C.editMs).median;
    add(
      `dev edit → visible at ${smallest.posts} posts`,
      `≤ 1.2 × C (${(editC / 1000).toFixed(2)} s) and ≤ 1 s`,
      `${(editA / 1000).toFixed(2)} s`,
      editA <= 1.2 * editC && editA <= 1000,
    );
    add(
      `dev first page at ${smallest.posts} posts`,
      `≤ 1.2 × C (${(dev.C.firstPageMs / 1000).toFixed(1)} s)`,
      `${(dev.A.firstPageMs / 1000).toFixed(1)} s`,
      dev.A.firstPageMs <= 1.2 * dev.C.firstPageMs,
    );
  }
  return checks;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The tables people read: builds, A's phases, initial download, dev, budgets. */
export function formatSiteBench(
  results: readonly SizeResult[],
  budgets: readonly BudgetCheck[],
): string {
  const lines: string[] = [];
  const s = (ms: number) => (ms / 1000).toFixed(1);
  for (const result of results) {
    const A = builds(result, 'A');
    const C = builds(result, 'C');
    const B = result.builds.B;
    lines.push(
      `## ${result.posts} posts (mean post ${(result.postBytes / 1024).toFixed(1)} KB)`,
      '',
      '| variant | wall s median (min–max) | runs | CPU s median | peak memory GiB median |',
      '|---|---|---|---|---|',
    );
    for (const [name, build] of Object.entries(result.builds)) {
      lines.push(
        `| ${name} | ${s(build.wallMs.median)} (${s(build.wallMs.min)}–${s(build.wallMs.max)}) | ${build.wallMs.runs.map(s).join(', ')} | ${s(build.cpuMs.median)} | ${(build.rssBytes.median / 2 ** 30).toFixed(2)} |`,
      );
    }
    lines.push(
      '',
      `${B ? `A/B wall ${(A.wallMs.median / B.wallMs.median).toFixed(2)}, ` : ''}A/C wall ${(A.wallMs.median / C.wallMs.median).toFixed(2)}, A/C CPU ${(A.cpuMs.median / C.cpuMs.median).toFixed(2)}, A/C memory ${(A.rssBytes.median / C.rssBytes.median).toFixed(2)}`,
      '',
      `A's phases (median s): ${Object.entries(result.phases)
        .map(([name, ms]) => `${name} ${s(ms)}`)
        .join(', ')}`,
      `lint-posts on its own: ${s(result.lintMs.median)} s median (${result.lintMs.runs.map(s).join(', ')})`,
      '',
      '| variant | review page initial JS gzip | render-blocking CSS gzip |',
      '|---|---|---|',
      ...Object.entries(result.initial).map(
        ([name, size]) =>
          `| ${name} | ${kb(size.jsGzip)} | ${kb(size.cssGzip)} |`,
      ),
      '',
    );
    if (result.lighthouse) {
      lines.push(
        '| variant | Lighthouse mobile performance median (runs) | total blocking time ms median (runs) |',
        '|---|---|---|',
        ...Object.entries(result.lighthouse).map(
          ([name, audit]) =>
            `| ${name} | ${audit.performance.median} (${audit.performance.runs.join(', ')}) | ${Math.round(audit.totalBlockingMs.median)} (${audit.totalBlockingMs.runs.map(Math.round).join(', ')}) |`,
        ),
        '',
      );
    }
    if (result.dev) {
      lines.push(
        '| variant | dev first page s | edit → visible s median (runs) | compilations per edit | peak memory GiB |',
        '|---|---|---|---|---|',
      );
      for (const [name, dev] of Object.entries(result.dev)) {
        lines.push(
          `| ${name} | ${s(dev.firstPageMs)} | ${(spread(dev.editMs).median / 1000).toFixed(2)} (${dev.editMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')}) | ${dev.compilationsPerEdit.join(', ')} | ${(dev.peakRssBytes / 2 ** 30).toFixed(2)} |`,
        );
      }
      lines.push('');
    }
  }
  if (budgets.length === 0) return lines.join('\n');
  lines.push(
    '## Budgets',
    '',
    '| budget | limit | measured | met |',
    '|---|---|---|---|',
  );
  for (const check of budgets) {
    lines.push(
      `| ${check.name} | ${check.limit} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}
