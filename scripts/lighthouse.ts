import {readFileSync} from 'node:fs';
import path from 'node:path';
import {FEED_FILES} from '../src/plugins/paper-index/feeds';
import {PAPERS_JSON_FILE} from '../src/plugins/paper-index/papersJson';
import {readCommandLine} from './lib/cli';
import {auditPage} from './lib/lighthouse';
import {
  BUDGETS,
  formatAudits,
  missedBudgets,
  summarisePage,
} from './lib/lighthouseReport';

const HELP = `Usage: npm run lighthouse [-- --build build] [--runs 3] [--page /path ...]

Audits pages of the production build with Lighthouse (mobile preset, the
system Chromium), --runs times each, and prints the medians of the four
categories, total blocking time and layout shift. Exits 1 when a page
misses a budget: performance >= ${BUDGETS.performance}, accessibility, best practices and SEO
${BUDGETS.accessibility}, layout shift ${BUDGETS.layoutShift}. Default pages: /, the newest review, the
page of its first paper and /papers. Build first (npm run build).

Example:
  npm run lighthouse -- --runs 1 --page /orgs`;

const args = readCommandLine(
  {
    options: {
      build: {type: 'string', default: 'build'},
      runs: {type: 'string', default: '3'},
      page: {type: 'string', multiple: true},
      help: {type: 'boolean', short: 'h'},
    },
  },
  HELP,
);
if ('exitCode' in args) process.exit(args.exitCode);
const {values} = args;
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(
    `--runs takes a whole number of runs, not "${values.runs}"\n\n${HELP}`,
  );
  process.exit(2);
}
const buildDir = path.resolve(values.build);

/** The newest review of the build: the first item of its JSON Feed. */
function newestReview(): string | undefined {
  try {
    const feed = JSON.parse(
      readFileSync(path.join(buildDir, FEED_FILES.json), 'utf8'),
    ) as {items?: {url?: string}[]};
    const url = feed.items?.[0]?.url;
    return url ? new URL(url).pathname : undefined;
  } catch {
    return undefined;
  }
}

/** The page of the newest review's first paper: the first of papers.json. */
function newestPaperPage(): string | undefined {
  try {
    const index = JSON.parse(
      readFileSync(path.join(buildDir, PAPERS_JSON_FILE), 'utf8'),
    ) as {papers?: {page?: string}[]};
    const url = index.papers?.[0]?.page;
    return url ? new URL(url).pathname : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const pages = values.page ?? [
    '/',
    ...[newestReview(), newestPaperPage()].filter((page) => page !== undefined),
    '/papers',
  ];
  const audits = [];
  for (const page of pages) {
    console.error(`Lighthouse: ${page} (${runs} run${runs === 1 ? '' : 's'})`);
    audits.push(summarisePage(page, await auditPage({buildDir, page, runs})));
  }
  console.log(formatAudits(audits));
  const missed = audits.flatMap(missedBudgets);
  for (const line of missed) console.error(`budget missed: ${line}`);
  return missed.length > 0 ? 1 : 0;
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
