import {parseArgs} from 'node:util';
import {benchPapersFilter} from '../src/lib/bench/filterBench';
import {summarise} from '../src/lib/bench/stats';

const HELP = `Usage: npm run bench [-- --only filter]

Measures what the site promises to keep fast, each against a baseline
measured in the same run (absolute times on a shared machine are noise):
  filter  per-keystroke time of the /papers filter on 5,000 synthetic
          papers in Chromium, against a keystroke into a bare input

Example: npm run bench -- --only filter`;

const {values} = parseArgs({
  options: {only: {type: 'string'}, help: {type: 'boolean'}},
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const known = ['filter'];
if (values.only && !known.includes(values.only)) {
  console.error(
    `unknown benchmark "${values.only}"; one of: ${known.join(', ')}`,
  );
  process.exit(2);
}
const wanted = (name: string) => !values.only || values.only === name;

async function main(): Promise<void> {
  if (!wanted('filter')) return;
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
