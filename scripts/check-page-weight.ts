/**
 * Fails when the review page's initial JavaScript or CSS (gzip bytes) grew
 * by more than 10% over the committed page-weight.baseline.json.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {readCommandLine} from './lib/cli';
import {formatInitialJs} from './lib/initialJs';
import {
  BASELINE_FILE,
  BUDGET,
  BaselineError,
  REVIEW_PAGE,
  SYNTHETIC_POSTS,
  VIEWPORT,
  comparePageWeight,
  formatVerdict,
  measurePageWeight,
  readBaseline,
  renderBaseline,
  type PageWeightBaseline,
} from './lib/pageWeight';

const HELP = `Usage: npm run check:page-weight [-- --update]

Builds a temporary copy of the site (the real posts plus ${SYNTHETIC_POSTS} generated ones,
so growth of the route table shows), loads ${REVIEW_PAGE}
in Chromium at ${VIEWPORT.width} px and adds up the gzip bytes of the JavaScript and CSS it
downloads before any interaction. Fails when either grew by more than
${BUDGET * 100}% over ${BASELINE_FILE}. Takes one build and one page load.

  --update  measure and rewrite ${BASELINE_FILE}; commit it with the
            change that made the page heavier (or lighter)

Exit status: 0 within budget (or baseline written), 1 over budget or the
measurement failed, 2 on bad usage or a missing or unreadable baseline.

Example:
  npm run check:page-weight -- --update`;

async function main(): Promise<number> {
  const args = readCommandLine(
    {
      options: {
        update: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const update = args.values.update === true;
  const siteDir = process.cwd();
  const baselineFile = path.join(siteDir, BASELINE_FILE);

  // Without a baseline there is nothing to check: say so before building.
  let baseline: PageWeightBaseline | undefined;
  if (!update) {
    try {
      baseline = readBaseline(baselineFile);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      console.error(error.message);
      return 2;
    }
  }

  const started = performance.now();
  const run = await measurePageWeight(siteDir, (message) =>
    console.log(`page weight: ${message}`),
  );
  const {copy, build, load} = run.timings;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const took = `${seconds(performance.now() - started)} (copy ${seconds(copy)}, build ${seconds(build)}, Chromium ${seconds(load)})`;

  if (update) {
    writeFileSync(baselineFile, renderBaseline(run.baseline));
    console.log(
      `Wrote ${BASELINE_FILE}: JS ${run.baseline.jsGzip} bytes gzip, CSS ${run.baseline.cssGzip} bytes gzip, measured in ${took}. Commit it.`,
    );
    return 0;
  }

  const verdict = comparePageWeight(baseline!, run.baseline);
  if (verdict.status !== 'ok') console.error(formatInitialJs(run.files));
  const report = formatVerdict(verdict, BASELINE_FILE);
  if (verdict.status === 'ok') console.log(report);
  else console.error(report);
  console.log(`Measured in ${took}.`);
  return verdict.status === 'ok' ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
