import {existsSync} from 'node:fs';
import path from 'node:path';
import {benchPapersFilter} from './lib/filterBench';
import {readCommandLine} from './lib/cli';
import {formatInitialJs, measureInitialJs} from './lib/initialJs';
import {summarise} from './lib/stats';
import {benchLint} from './lib/lintBench';

/** The review page whose initial download is measured by default. */
const REVIEW_PAGE = '/docs/papers/y2025/oct/20251027';

const HELP = `Usage: npm run bench [-- --only <name>] [--build <folder>] [--page <path>]

Measures what the site promises to keep fast and small. Times are compared
with a baseline measured in the same run (absolute times on a shared machine
are noise); sizes are exact:
  lint        lint-posts on 1,000 synthetic posts, against only reading and
              parsing them, and against its budget of 5 s
  filter      per-keystroke time of the /papers filter on 5,000 synthetic
              papers in Chromium, against a keystroke into a bare input
  initial-js  JavaScript and CSS (raw and gzip bytes) that --page of the
              production build in --build (default: build) downloads
              before any interaction; skipped when there is no build
              (default page: ${REVIEW_PAGE})

Example: npm run bench -- --only initial-js --build build --page ${REVIEW_PAGE}`;

const args = readCommandLine(
  {
    options: {
      only: {type: 'string'},
      build: {type: 'string', default: 'build'},
      page: {type: 'string', default: REVIEW_PAGE},
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
const wanted = (name: string) => !values.only || values.only === name;

/** Budget for linting 1,000 posts, in milliseconds. */
const LINT_BUDGET_MS = 5000;

async function main(): Promise<void> {
  if (wanted('lint')) {
    const lint = benchLint(1000);
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
  if (!values.only && !existsSync(path.join(buildDir, 'index.html'))) {
    console.log(
      `initial-js: skipped, ${values.build} has no production build (run \`npm run build\` first)`,
    );
    return;
  }
  const result = await measureInitialJs({buildDir, page: values.page});
  console.log(formatInitialJs(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
