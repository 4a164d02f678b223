import path from 'node:path';
import {benchPapersFilter} from './lib/filterBench';
import {readCommandLine} from './lib/cli';
import {formatInitialJs, measureInitialJs} from './lib/initialJs';
import {summarise} from './lib/stats';
import {benchLint} from './lib/lintBench';
import {checkBudgets, formatSiteBench, runSiteBench} from './lib/siteBench';
import type {VariantName} from './lib/siteBench/variants';

/** The review page whose initial download is measured by default. */
const REVIEW_PAGE = '/docs/papers/y2025/oct/20251027';

const HELP = `Usage: npm run bench [-- --posts 200,1000] [--runs 3] [--variants A,B,C] [--no-dev] [--no-lighthouse] [--json]
       npm run bench -- --only lint|filter|initial-js [--build <folder>] [--page <path>]

Without --only: the side-by-side benchmark. It generates (deterministically)
a corpus of realistic review posts (about 10.8 KB of Korean and English
text, 4-6 papers, two images and math each) and builds it as three sites,
alternating variants, each build from cold caches, --runs times each:
  A  this project (npm run build)
  B  vanilla Docusaurus classic, default bundler
  C  vanilla Docusaurus classic with future.faster
It reports wall time, CPU time and peak memory of each build's whole
process tree (median, min, max), the ratios A/B and A/C, A's phases, lint
time on its own, the review page's initial JS and CSS (gzip) per variant,
its Lighthouse mobile performance score and total blocking time (--runs
audits per variant, alternating; --no-lighthouse leaves them out) and,
at the smallest size, the dev server of A and C (first page, and edit
to visible in Chromium, 5 edits). Then it checks the budgets and exits 1
when one is missed. Progress goes to stderr, the tables to stdout (--json:
the measurements as JSON). --variants A,C leaves out B, the slowest, which
no budget needs. The working tree is left as it was: every site
is built in a temporary folder.

With --only, one micro-benchmark:
  lint        lint-posts on 1,000 realistic posts, against only reading and
              parsing them, and against its budget of 5 s
  filter      per-keystroke time of the /papers filter on 5,000 synthetic
              papers in Chromium, against a keystroke into a bare input
  initial-js  JavaScript and CSS (raw and gzip bytes) that --page of the
              production build in --build (default: build) downloads
              before any interaction (default page: ${REVIEW_PAGE})

Examples:
  npm run bench -- --posts 200
  npm run bench -- --only initial-js --build build --page ${REVIEW_PAGE}`;

const args = readCommandLine(
  {
    options: {
      only: {type: 'string'},
      build: {type: 'string', default: 'build'},
      page: {type: 'string', default: REVIEW_PAGE},
      posts: {type: 'string', default: '200,1000'},
      runs: {type: 'string', default: '3'},
      variants: {type: 'string', default: 'A,B,C'},
      'no-dev': {type: 'boolean'},
      'no-lighthouse': {type: 'boolean'},
      json: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  },
  HELP,
);
if ('exitCode' in args) process.exit(args.exitCode);
const {values} = args;
const known = ['lint', 'filter', 'initial-js'];
if (values.only && !known.includes(values.only)) {
  console.error(
    `unknown benchmark "${values.only}"; one of: ${known.join(', ')}`,
  );
  process.exit(2);
}
if (!values.page.startsWith('/')) {
  console.error(`--page must be a path starting with /\n\n${HELP}`);
  process.exit(2);
}
const sizes = values.posts.split(',').map(Number);
const variants = values.variants.split(',') as VariantName[];
const runs = Number(values.runs);
if (
  sizes.some((size) => !Number.isInteger(size) || size < 1) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !variants.includes('A') ||
  !variants.includes('C') ||
  variants.some((name) => !['A', 'B', 'C'].includes(name))
) {
  console.error(
    `--posts takes sizes like 200,1000, --runs a whole number and --variants A,C or A,B,C\n\n${HELP}`,
  );
  process.exit(2);
}
const wanted = (name: string) => values.only === name;

/** Budget for linting 1,000 posts, in milliseconds. */
const LINT_BUDGET_MS = 5000;

async function main(): Promise<number> {
  if (!values.only) return benchSite();
  if (wanted('lint')) {
    const lint = await benchLint(1000);
    console.log(`lint-posts on ${lint.posts} posts (${lint.papers} papers):`);
    console.log(
      `  ${lint.totalMs.toFixed(0)} ms in all: read and parse ${lint.loadMs.toFixed(0)} ms, checks ${lint.checkMs.toFixed(0)} ms`,
    );
    console.log(
      `  ratio all/parse ${(lint.totalMs / lint.loadMs).toFixed(2)}×, all/budget ${(lint.totalMs / LINT_BUDGET_MS).toFixed(2)}×`,
    );
  }
  if (wanted('filter')) await benchFilter();
  if (wanted('initial-js')) await benchInitialJs();
  return 0;
}

async function benchSite(): Promise<number> {
  const started = performance.now();
  const results = await runSiteBench({
    repo: process.cwd(),
    sizes,
    runs,
    dev: !values['no-dev'],
    lighthouse: !values['no-lighthouse'],
    variants,
    // Each size's tables as soon as it is done: a long run loses nothing.
    onSize: (result) => {
      if (!values.json) console.log(formatSiteBench([result], []));
    },
    progress: (line) =>
      console.error(
        `[bench ${((performance.now() - started) / 60_000).toFixed(1)} min] ${line}`,
      ),
  });
  const budgets = checkBudgets(results);
  console.log(
    values.json
      ? JSON.stringify({results, budgets}, null, 2)
      : formatSiteBench([], budgets),
  );
  const missed = budgets.filter((budget) => !budget.met);
  if (missed.length > 0) {
    console.error(
      `${missed.length} budget${missed.length === 1 ? '' : 's'} missed: ${missed.map((budget) => budget.name).join('; ')}`,
    );
    return 1;
  }
  return 0;
}

async function benchFilter(): Promise<void> {
  const result = await benchPapersFilter(process.cwd());
  const filter = summarise(result.filter);
  const baseline = summarise(result.baseline);
  console.log(`filter on ${result.papers} papers, ${filter.count} keystrokes:`);
  console.log(
    `  median ${filter.median.toFixed(1)} ms, p95 ${filter.p95.toFixed(1)} ms per keystroke`,
  );
  console.log(
    `  bare input: median ${baseline.median.toFixed(1)} ms, p95 ${baseline.p95.toFixed(1)} ms`,
  );
  console.log(
    `  ratio filter/bare: median ${(filter.median / baseline.median).toFixed(2)}×, p95 ${(filter.p95 / baseline.p95).toFixed(2)}×`,
  );
}

async function benchInitialJs(): Promise<void> {
  const buildDir = path.resolve(values.build);
  const result = await measureInitialJs({buildDir, page: values.page});
  console.log(formatInitialJs(result));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
