import {existsSync} from 'node:fs';
import {defineConfig} from '@playwright/test';
import {CHROMIUM_PROJECT} from './tests/chromiumProject';
import {BASE_PATH, SUBPATH_BUILD_DIR} from './tests/subpath/basePath';

/**
 * Browser tests of a build made for a sub-path (`BASE_URL=/reviews/`, as a
 * GitHub Pages project site is served): `npm run test:subpath` builds it.
 */
const PORT = Number(process.env.SUBPATH_PORT || 3230);
const ORIGIN = `http://127.0.0.1:${PORT}`;

if (!existsSync(`${SUBPATH_BUILD_DIR}/index.html`)) {
  throw new Error(
    `${SUBPATH_BUILD_DIR}/index.html does not exist: run npm run test:subpath, which builds it first.`,
  );
}

export default defineConfig({
  testDir: 'tests/subpath',
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {baseURL: ORIGIN, trace: 'retain-on-failure'},
  projects: [CHROMIUM_PROJECT],
  webServer: {
    // `docusaurus serve` serves the folder under the config's base path.
    command: `npx docusaurus serve --dir ${SUBPATH_BUILD_DIR} --host 127.0.0.1 --port ${PORT} --no-open`,
    env: {BASE_URL: BASE_PATH},
    url: `${ORIGIN}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
