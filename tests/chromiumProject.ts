import {devices, type Project} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from '../scripts/lib/chromium';

/** The one browser every Playwright suite runs in: the machine's Chromium. */
export const CHROMIUM_PROJECT: Project = {
  name: 'chromium',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [...CHROMIUM_ARGS],
    },
  },
};
