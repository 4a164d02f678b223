/**
 * Makes sure the browser tests have a Chromium (and Korean fonts) to run in,
 * installing them where the machine allows, and says which Chromium it is.
 */
import {parseArgs} from 'node:util';
import {ChromiumError, ensureChromium, systemHost} from './lib/chromium';

const HELP = `Usage: tsx scripts/ensure-chromium.ts

Finds the Chromium the browser tests use: $CHROME_PATH, then
/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, then
Playwright's browser cache. If there is none, runs
\`npx playwright install chromium\`, and if that fails and this is root on
Debian or Ubuntu, \`apt-get install -y chromium fonts-noto-cjk\`. On Debian it
also makes sure fonts-noto-cjk (Korean text) is installed.

Exit status: 0 when a Chromium is ready, 1 when none could be provided.

Example:
  CHROME_PATH=/opt/chrome/chrome npx tsx scripts/ensure-chromium.ts`;

function main(): number {
  let help: boolean | undefined;
  try {
    ({
      values: {help},
    } = parseArgs({options: {help: {type: 'boolean', short: 'h'}}}));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (help) {
    console.log(HELP);
    return 0;
  }

  try {
    const setup = ensureChromium(systemHost());
    for (const item of setup.installed) console.log(`Installed ${item}.`);
    for (const warning of setup.warnings) console.warn(`Warning: ${warning}`);
    console.log(`Using Chromium at ${setup.executablePath} (${setup.source}).`);
    return 0;
  } catch (error) {
    if (!(error instanceof ChromiumError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main();
