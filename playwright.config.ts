import {existsSync} from 'node:fs';
import path from 'node:path';
import {defineConfig} from '@playwright/test';
import {CHROMIUM_PROJECT} from './tests/chromiumProject';
import {BUILD_DIR} from './tests/e2e/buildDir';

/** The port the production build is served on while the browser tests run. */
const DEFAULT_E2E_PORT = 3210;

function e2ePort(): number {
  const value = process.env.E2E_PORT;
  if (value === undefined || value === '') return DEFAULT_E2E_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`E2E_PORT must be a port number, not "${value}".`);
  }
  return port;
}

const PORT = e2ePort();
const BASE_URL = `http://127.0.0.1:${PORT}`;

const builtHome = path.join(BUILD_DIR, 'index.html');
if (!existsSync(builtHome)) {
  throw new Error(
    'The browser tests run against the production build, and build/index.html ' +
      'does not exist: run npm run build first.',
  );
}

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: [['list'], ['html', {open: 'never'}]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [CHROMIUM_PROJECT],
  webServer: {
    command: `npx docusaurus serve --dir ${JSON.stringify(BUILD_DIR)} --host 127.0.0.1 --port ${PORT} --no-open`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
