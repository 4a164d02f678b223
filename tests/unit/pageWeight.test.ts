import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  BASELINE_FILE,
  BaselineError,
  METHOD,
  REVIEW_PAGE,
  SYNTHETIC_POSTS,
  comparePageWeight,
  formatVerdict,
  readBaseline,
  renderBaseline,
  type PageWeightBaseline,
} from '../../scripts/lib/pageWeight';

const baseline: PageWeightBaseline = {
  jsGzip: 100_000,
  cssGzip: 20_000,
  page: REVIEW_PAGE,
  method: METHOD,
  corpus: {realPosts: 2, syntheticPosts: SYNTHETIC_POSTS},
};
const measured = (weight: {jsGzip?: number; cssGzip?: number}) => ({
  ...baseline,
  corpus: {...baseline.corpus},
  ...weight,
});

describe('comparePageWeight', () => {
  it('passes a page that grew by up to 10%, exactly 10% included', () => {
    const verdict = comparePageWeight(
      baseline,
      measured({jsGzip: 110_000, cssGzip: 20_500}),
    );

    expect(verdict).toMatchObject({
      status: 'ok',
      deltas: [
        {kind: 'JS', baseline: 100_000, measured: 110_000, over: false},
        {kind: 'CSS', baseline: 20_000, measured: 20_500, over: false},
      ],
    });
    const report = formatVerdict(verdict);
    expect(report).toContain('JS     110,000 gzip, baseline   100,000: +10%');
    expect(report).toContain(`Within the 10% budget of ${BASELINE_FILE}.`);
    expect(report).not.toContain('--update');
  });

  it('passes a page that got lighter', () => {
    const verdict = comparePageWeight(baseline, measured({jsGzip: 80_000}));
    expect(verdict.status).toBe('ok');
    expect(formatVerdict(verdict)).toContain('baseline   100,000: -20%');
  });

  it('fails a page whose JS grew by more than 10%, with both numbers, the growth and how to update', () => {
    expect(
      comparePageWeight(baseline, measured({jsGzip: 110_001})).status,
    ).toBe('over');
    const verdict = comparePageWeight(baseline, measured({jsGzip: 112_500}));

    expect(verdict.status).toBe('over');
    const report = formatVerdict(verdict);
    expect(report).toContain(
      'JS     112,500 gzip, baseline   100,000: +12.5%  OVER the 10% budget',
    );
    expect(report).toContain(
      'If the growth is intended, measure a new baseline and commit it with the change:\n  npm run check:page-weight -- --update',
    );
  });

  it('fails on CSS alone', () => {
    const verdict = comparePageWeight(baseline, measured({cssGzip: 23_000}));

    expect(verdict).toMatchObject({
      status: 'over',
      deltas: [
        {kind: 'JS', over: false},
        {kind: 'CSS', over: true},
      ],
    });
    expect(formatVerdict(verdict)).toContain(
      'CSS     23,000 gzip, baseline    20,000: +15%  OVER the 10% budget',
    );
  });

  it('lets more real posts show as growth, but will not compare a baseline taken with another corpus or page', () => {
    const morePosts = {
      ...measured({}),
      corpus: {realPosts: 40, syntheticPosts: SYNTHETIC_POSTS},
    };
    expect(comparePageWeight(baseline, morePosts).status).toBe('ok');

    const otherCorpus = {
      ...measured({}),
      corpus: {realPosts: 2, syntheticPosts: 100},
    };
    const stale = comparePageWeight(baseline, otherCorpus);
    expect(stale).toEqual({
      status: 'stale',
      reason:
        'the baseline was measured with another number of generated posts (30, now 100)',
    });
    expect(formatVerdict(stale)).toContain(
      'npm run check:page-weight -- --update',
    );
    expect(
      comparePageWeight(baseline, {...measured({}), page: '/papers'}).status,
    ).toBe('stale');
  });
});

describe('readBaseline', () => {
  let folder: string;
  const file = () => path.join(folder, BASELINE_FILE);

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
  });
  afterAll(() => rmSync(folder, {recursive: true, force: true}));

  it('says a missing baseline file is missing and how to make one', () => {
    expect(() => readBaseline(file())).toThrow(BaselineError);
    expect(() => readBaseline(file())).toThrow(
      `${BASELINE_FILE} is missing, so there is nothing to compare with: measure the baseline with \`npm run check:page-weight -- --update\` and commit ${BASELINE_FILE}`,
    );
  });

  it('reads back what renderBaseline wrote', () => {
    writeFileSync(file(), renderBaseline(baseline));
    expect(readBaseline(file())).toEqual(baseline);
  });

  it('names what is wrong with a malformed baseline', () => {
    writeFileSync(file(), '{"jsGzip": 1');
    expect(() => readBaseline(file())).toThrow(
      new RegExp(`^${BASELINE_FILE} is not valid JSON .*--update`),
    );
    writeFileSync(file(), JSON.stringify({...baseline, cssGzip: '20 KB'}));
    expect(() => readBaseline(file())).toThrow(
      `${BASELINE_FILE}: "cssGzip" is not a positive whole number`,
    );
  });
});

describe(BASELINE_FILE, () => {
  const repo = fileURLToPath(new URL('../..', import.meta.url));

  it('is committed, readable and measured the way the check measures', () => {
    const committed = readBaseline(path.join(repo, BASELINE_FILE));
    expect(committed).toMatchObject({
      page: REVIEW_PAGE,
      method: METHOD,
      corpus: {syntheticPosts: SYNTHETIC_POSTS},
    });
    expect(readFileSync(path.join(repo, BASELINE_FILE), 'utf8')).toBe(
      renderBaseline(committed),
    );
  });
});
