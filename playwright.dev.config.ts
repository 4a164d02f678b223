import {defineConfig} from '@playwright/test';
import {CHROMIUM_PROJECT} from './tests/chromiumProject';

/**
 * Browser tests against `docusaurus start` rather than the production build:
 * each spec in tests/dev starts its own dev server on a throw-away site.
 */
export default defineConfig({
  testDir: 'tests/dev',
  // One dev server at a time: each compiles the whole site.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // A cold dev server compiles every post before it answers.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
  },
  projects: [CHROMIUM_PROJECT],
});
