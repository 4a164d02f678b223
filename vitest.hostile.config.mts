import {defineConfig} from 'vitest/config';

/**
 * The content-allowlist suite: builds and lints a throw-away site of hostile
 * posts, so it is slow and kept apart from the unit tests.
 */
export default defineConfig({
  test: {
    include: ['tests/hostile/**/*.test.ts'],
    environment: 'node',
    // One cold production build of the whole site runs in a beforeAll.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
