/**
 * The dev server loads the site again on every edit. It prints each
 * site-wide problem once, when it appears, and says in one line what was
 * fixed and what still stands, instead of repeating every warning.
 */
import {describe, expect, it} from 'vitest';
import {reportSiteProblems} from '../../src/plugins/paper-index/siteProblems';
import type {Problem} from '../../src/lib/rules';

const problem = (file: string): Problem => ({
  file,
  line: 1,
  column: 1,
  severity: 'warning',
  rule: 'anchor-unrecorded',
  message: 'an anchor is not in anchors.lock yet',
  fix: 'record it with npm run anchors:update once the post is published',
});

const a = problem('docs/papers/y2025/oct/20251021.mdx');
const b = problem('docs/papers/y2025/oct/20251027.mdx');
const c = problem('docs/papers/y2025/oct/20251030.mdx');

describe('reporting site-wide problems load after load', () => {
  it('prints every problem of the first load in full', () => {
    const {lines} = reportSiteProblems([a, b]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[content\] docs\/papers\/y2025\/oct\/20251021\.mdx:1:1 +warning/,
    );
    expect(lines[0]).toContain('npm run anchors:update');
  });

  it('then prints only what is new, and counts what was fixed and what stands', () => {
    const first = reportSiteProblems([a, b]);
    const {lines} = reportSiteProblems([b, c], first.printed);
    expect(lines).toEqual([
      expect.stringMatching(
        /^\[content\] docs\/papers\/y2025\/oct\/20251030\.mdx:1:1/,
      ),
      '[content] 1 site-wide problem fixed',
      '[content] 1 site-wide problem reported earlier still stands (npm run lint-posts lists them all)',
    ]);
  });

  it('prints nothing when there is nothing, before or now', () => {
    expect(reportSiteProblems([]).lines).toEqual([]);
  });
});
