/**
 * The page-weight guard: the gzip bytes of JavaScript and CSS a review page
 * makes a reader download before any interaction, measured on a copy of the
 * site with a few generated posts, against a committed baseline. The
 * comparison is pure; `measurePageWeight` does the building and loading.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {listPostFiles} from '../../src/lib/review/scan';
import {measureInitialJs, type InitialJs} from './initialJs';
import {syntheticSite} from './syntheticSite';

/** The committed baseline, in the site folder. */
export const BASELINE_FILE = 'page-weight.baseline.json';

/** The newest real review page: nine papers, two figures and math. */
export const REVIEW_PAGE = '/docs/papers/y2025/oct/20251027';

/** Generated posts added to the real ones, so route-table growth shows. */
export const SYNTHETIC_POSTS = 30;

/** How much either total may grow over the baseline: 10%. */
export const BUDGET = 0.1;

/** A phone's viewport, where a reader's download matters most. */
export const VIEWPORT = {width: 390, height: 844} as const;

/** How the numbers are taken; a baseline taken otherwise is not compared. */
export const METHOD = `production build, page loaded in Chromium at ${VIEWPORT.width}×${VIEWPORT.height} until hydrated and the network is quiet; every script and stylesheet it requested, sized from the build with gzip -6`;

/** Gzip bytes of the initial JavaScript and CSS of a page. */
export interface PageWeight {
  jsGzip: number;
  cssGzip: number;
}

/** What `page-weight.baseline.json` holds. */
export interface PageWeightBaseline extends PageWeight {
  page: string;
  method: string;
  corpus: {realPosts: number; syntheticPosts: number};
}

/** One total against its baseline. */
export interface WeightDelta {
  kind: 'JS' | 'CSS';
  baseline: number;
  measured: number;
  /** (measured − baseline) / baseline; 0.1 is 10% heavier. */
  growth: number;
  over: boolean;
}

/** The verdict of one check. */
export type PageWeightVerdict =
  | {status: 'ok' | 'over'; deltas: WeightDelta[]; budget: number}
  /** The baseline was taken on another page, corpus or method. */
  | {status: 'stale'; reason: string};

/** The baseline file is missing or unreadable; scripts exit 2. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

/**
 * Compares a measurement with the baseline: over budget when JS or CSS
 * grew by more than `budget` (exactly 10% still passes). A baseline taken
 * on another page, number of generated posts or method is stale instead.
 */
export function comparePageWeight(
  baseline: PageWeightBaseline,
  measured: PageWeightBaseline,
  budget: number = BUDGET,
): PageWeightVerdict {
  const differs = (
    [
      ['page', baseline.page, measured.page],
      ['method', baseline.method, measured.method],
      [
        'number of generated posts',
        baseline.corpus.syntheticPosts,
        measured.corpus.syntheticPosts,
      ],
    ] as const
  ).find(([, before, now]) => before !== now);
  if (differs) {
    const [what, before, now] = differs;
    return {
      status: 'stale',
      reason: `the baseline was measured with another ${what} (${JSON.stringify(before)}, now ${JSON.stringify(now)})`,
    };
  }
  const delta = (
    kind: WeightDelta['kind'],
    before: number,
    now: number,
  ): WeightDelta => {
    const growth = (now - before) / before;
    return {
      kind,
      baseline: before,
      measured: now,
      growth,
      over: growth > budget,
    };
  };
  const deltas = [
    delta('JS', baseline.jsGzip, measured.jsGzip),
    delta('CSS', baseline.cssGzip, measured.cssGzip),
  ];
  return {
    status: deltas.some((item) => item.over) ? 'over' : 'ok',
    deltas,
    budget,
  };
}

/** The command that rewrites the baseline. */
export const UPDATE_COMMAND = 'npm run check:page-weight -- --update';

/**
 * The verdict for a person: one line per total with both numbers and the
 * growth, then, when it failed, how to accept the growth if it is intended.
 */
export function formatVerdict(
  verdict: PageWeightVerdict,
  baselineFile: string = BASELINE_FILE,
): string {
  if (verdict.status === 'stale') {
    return [
      `${baselineFile} cannot be compared: ${verdict.reason}.`,
      `Measure a new baseline and commit it: ${UPDATE_COMMAND}`,
    ].join('\n');
  }
  const budget = percent(verdict.budget, false);
  const lines = verdict.deltas.map(
    (item) =>
      `  ${item.kind.padEnd(3)}  ${bytes(item.measured).padStart(9)} gzip, baseline ${bytes(item.baseline).padStart(9)}: ${percent(item.growth)}${item.over ? `  OVER the ${budget} budget` : ''}`,
  );
  if (verdict.status === 'ok') {
    return [...lines, `Within the ${budget} budget of ${baselineFile}.`].join(
      '\n',
    );
  }
  return [
    ...lines,
    `The review page's initial download grew by more than ${budget} over ${baselineFile}.`,
    'If the growth is intended, measure a new baseline and commit it with the change:',
    `  ${UPDATE_COMMAND}`,
  ].join('\n');
}

/**
 * Reads and checks the baseline file; a missing or malformed one is a
 * `BaselineError` that says how to make one.
 */
export function readBaseline(file: string): PageWeightBaseline {
  const name = path.basename(file);
  if (!existsSync(file)) {
    throw new BaselineError(
      `${name} is missing, so there is nothing to compare with: measure the baseline with \`${UPDATE_COMMAND}\` and commit ${name}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BaselineError(
      `${name} is not valid JSON (${(error as Error).message}); rewrite it with \`${UPDATE_COMMAND}\``,
    );
  }
  const problem = baselineProblem(data);
  if (problem) {
    throw new BaselineError(
      `${name}: ${problem}; rewrite it with \`${UPDATE_COMMAND}\``,
    );
  }
  return data as PageWeightBaseline;
}

function baselineProblem(data: unknown): string | undefined {
  const isCount = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 0;
  if (typeof data !== 'object' || data === null) return 'not an object';
  const record = data as Record<string, unknown>;
  for (const key of ['jsGzip', 'cssGzip'] as const) {
    if (!isCount(record[key])) return `"${key}" is not a positive whole number`;
  }
  for (const key of ['page', 'method'] as const) {
    if (typeof record[key] !== 'string') return `"${key}" is not a string`;
  }
  const corpus = record.corpus as Record<string, unknown> | undefined;
  if (
    typeof corpus !== 'object' ||
    corpus === null ||
    typeof corpus.realPosts !== 'number' ||
    typeof corpus.syntheticPosts !== 'number'
  ) {
    return '"corpus" does not give realPosts and syntheticPosts';
  }
  return undefined;
}

/** The baseline file's text, keys in a fixed order. */
export function renderBaseline(baseline: PageWeightBaseline): string {
  const ordered: PageWeightBaseline = {
    jsGzip: baseline.jsGzip,
    cssGzip: baseline.cssGzip,
    page: baseline.page,
    method: baseline.method,
    corpus: {
      realPosts: baseline.corpus.realPosts,
      syntheticPosts: baseline.corpus.syntheticPosts,
    },
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A measurement and what it took. */
export interface PageWeightRun {
  baseline: PageWeightBaseline;
  /** Every file counted, for finding the one that grew. */
  files: InitialJs;
  /** Milliseconds spent copying, building and loading the page. */
  timings: {copy: number; build: number; load: number};
}

/**
 * Copies the site at `siteDir` with `SYNTHETIC_POSTS` generated posts to a
 * temporary folder, builds it for production and measures `REVIEW_PAGE` in
 * Chromium, serving the build from the process itself (no port is opened).
 * The copy is removed afterwards, whatever happens.
 */
export async function measurePageWeight(
  siteDir: string,
  progress: (message: string) => void = () => {},
): Promise<PageWeightRun> {
  let started = performance.now();
  const realPosts = listPostFiles(siteDir).length;
  const site = syntheticSite(siteDir, SYNTHETIC_POSTS);
  try {
    const copy = performance.now() - started;
    progress(
      `building ${realPosts} real and ${SYNTHETIC_POSTS} generated posts in ${site.dir}`,
    );
    started = performance.now();
    buildSite(site.dir);
    const build = performance.now() - started;
    progress(`loading ${REVIEW_PAGE} in Chromium`);
    started = performance.now();
    const files = await measureInitialJs({
      buildDir: path.join(site.dir, 'build'),
      page: REVIEW_PAGE,
      viewport: VIEWPORT,
    });
    const load = performance.now() - started;
    return {
      baseline: {
        jsGzip: files.js.gzip,
        cssGzip: files.css.gzip,
        page: REVIEW_PAGE,
        method: METHOD,
        corpus: {realPosts, syntheticPosts: SYNTHETIC_POSTS},
      },
      files,
      timings: {copy, build, load},
    };
  } finally {
    site.remove();
  }
}

/** Builds the copy cold, showing the end of the build log when it fails. */
function buildSite(dir: string): void {
  const result = spawnSync(
    path.join(dir, 'node_modules', '.bin', 'docusaurus'),
    ['build'],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        // The copy's node_modules is the site's: a persistent cache would
        // leave one more folder of it in node_modules/.cache on every run.
        DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
      },
    },
  );
  if (result.status !== 0) {
    const log = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .split('\n')
      .slice(-30)
      .join('\n');
    throw new Error(
      `the copy of the site did not build (${result.error?.message ?? `exit ${result.status}`}):\n${log}`,
    );
  }
}

function bytes(count: number): string {
  return count.toLocaleString('en-US');
}

function percent(fraction: number, signed = true): string {
  const value = `${(fraction * 100).toFixed(1).replace(/\.0$/, '')}%`;
  return signed && fraction >= 0 ? `+${value}` : value;
}
