/**
 * The `test` every browser test uses: it fails a test whose pages logged a
 * console error or threw an uncaught exception, listing them.
 *
 *   import {expect, test} from './fixtures';
 *
 * A test that expects an error (a 404 page logs the failed request) says so
 * with `browserErrors.allow(/status of 404/)`.
 */
import {test as base, expect} from '@playwright/test';
import type {Page} from '@playwright/test';

/** Console errors and uncaught exceptions seen in a test's pages. */
export interface BrowserErrors {
  /** Everything seen so far, one description each. */
  readonly messages: readonly string[];
  /** Lets errors whose description matches `pattern` pass. */
  allow(pattern: RegExp): void;
}

function where(page: Page | null): string {
  return page ? ` on ${page.url()}` : '';
}

export const test = base.extend<{browserErrors: BrowserErrors}>({
  browserErrors: [
    async ({context}, use) => {
      const seen: string[] = [];
      const allowed: RegExp[] = [];
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const {url, lineNumber} = message.location();
        const source = url ? ` (${url}:${lineNumber})` : '';
        seen.push(
          `console error${where(message.page())}: ${message.text()}${source}`,
        );
      });
      // The context's `weberror` is every page's `pageerror`.
      context.on('weberror', (webError) => {
        const error = webError.error();
        seen.push(
          `page error${where(webError.page())}: ${error.name}: ${error.message}`,
        );
      });

      await use({
        get messages() {
          return [...seen];
        },
        allow(pattern) {
          allowed.push(pattern);
        },
      });

      const unexpected = seen.filter(
        (message) => !allowed.some((pattern) => pattern.test(message)),
      );
      if (unexpected.length > 0) {
        throw new Error(
          `The browser reported ${unexpected.length} error(s):\n` +
            unexpected.map((message) => `  - ${message}`).join('\n'),
        );
      }
    },
    {auto: true},
  ],
});

export {expect};
