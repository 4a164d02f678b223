import path from 'node:path';

/**
 * The production build the browser tests serve and read: `build/`, or the
 * folder named by `E2E_BUILD_DIR` (relative to the site folder).
 */
export const BUILD_DIR = path.resolve(
  __dirname,
  '..',
  '..',
  process.env.E2E_BUILD_DIR ?? 'build',
);
