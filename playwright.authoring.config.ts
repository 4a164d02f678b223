import {defineConfig} from '@playwright/test';
import {CHROMIUM_PROJECT} from './tests/chromiumProject';
import {AUTHORING_PORT} from './tests/authoring/site';

/**
 * The author's tools end to end: `add-paper` writes a post through a local
 * replay of the paper APIs, a single-paper review sits beside it, and the
 * site built from them shows what the metadata says (tests/authoring).
 */
export default defineConfig({
  testDir: 'tests/authoring',
  globalSetup: './tests/authoring/setup.ts',
  // The set-up builds a whole site.
  globalTimeout: 15 * 60_000,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${AUTHORING_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [CHROMIUM_PROJECT],
});
