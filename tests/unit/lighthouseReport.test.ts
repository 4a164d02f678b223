import {describe, expect, it} from 'vitest';
import {
  formatAudits,
  missedBudgets,
  summarisePage,
} from '../../scripts/lib/lighthouseReport';
import type {LighthouseRun} from '../../scripts/lib/lighthouse';

const run = (
  performance: number,
  seo = 100,
  layoutShift = 0,
): LighthouseRun => ({
  scores: {performance, accessibility: 100, 'best-practices': 100, seo},
  totalBlockingMs: performance,
  largestPaintMs: 1000,
  layoutShift,
  failed: seo < 100 ? ['link-text'] : [],
});

describe('the Lighthouse report', () => {
  it('takes the median of the runs and keeps every failed audit', () => {
    const audit = summarisePage('/', [run(97), run(93, 92), run(96)]);
    expect(audit.scores.performance).toBe(96);
    expect(audit.scores.seo).toBe(100);
    expect(audit.failed).toEqual(['link-text']);
    expect(missedBudgets(audit)).toEqual([]);
    expect(formatAudits([audit])).toContain(
      '| / | 96 | 100 | 100 | 100 | 96 | 0.000 | link-text |',
    );
  });

  it('names each budget a page misses', () => {
    const audit = summarisePage('/papers', [run(90, 92, 0.02)]);
    expect(missedBudgets(audit)).toEqual([
      '/papers: performance 90 < 95',
      '/papers: seo 92 < 100',
      '/papers: layout shift 0.020 > 0',
    ]);
  });
});
