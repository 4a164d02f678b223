import {describe, expect, it} from 'vitest';
import {realisticCorpus} from '../../scripts/lib/siteBench/corpus';
import {
  checkBudgets,
  spread,
  type SizeResult,
} from '../../scripts/lib/siteBench';
import {perfPhases} from '../../scripts/lib/siteBench/measure';
import {lintPosts} from '../../src/lib/rules';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

describe('the benchmark corpus', () => {
  const corpus = realisticCorpus(40);

  it('is the same on every run', () => {
    expect(realisticCorpus(40)).toEqual(corpus);
  });

  it('holds posts of about 10.8 KB with 4-6 papers, math and two images', () => {
    const sizes = corpus.map((post) =>
      Buffer.byteLength(String(post.files[0]!.content)),
    );
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(9.5 * 1024);
    expect(mean).toBeLessThan(12 * 1024);
    for (const post of corpus) {
      const source = String(post.files[0]!.content);
      const papers = source.match(/^## /gm)?.length ?? 0;
      expect(papers).toBeGreaterThanOrEqual(4);
      expect(papers).toBeLessThanOrEqual(6);
      expect(source).toMatch(/\$\$\n/);
      expect(
        post.files.filter((file) => file.file.endsWith('.png')),
      ).toHaveLength(2);
    }
  });

  it('passes every content rule, so the build measures a site that builds', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    try {
      for (const post of corpus) {
        for (const {file, content} of post.files) {
          mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
          writeFileSync(path.join(root, file), content);
        }
      }
      expect(lintPosts({root}).problems).toEqual([]);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});

describe('the benchmark report', () => {
  it('takes the median of an even or odd number of runs', () => {
    expect(spread([3, 1, 2]).median).toBe(2);
    expect(spread([4, 1, 3, 2])).toMatchObject({median: 2.5, min: 1, max: 4});
  });

  it('reads Docusaurus perf-logger phases in seconds and milliseconds', () => {
    const phases = perfPhases(
      '[PERF] Build > ko > Load site - 1.50 seconds! - (Heap 1mb)\n[PERF] Build > ko > postBuild() - 250.00 ms - x\n',
    );
    expect([...phases]).toEqual([
      ['Build > ko > Load site', 1500],
      ['Build > ko > postBuild()', 250],
    ]);
  });

  it('misses the build budget when A takes more than 1.15 × C', () => {
    const build = (ms: number) => ({
      wallMs: spread([ms]),
      cpuMs: spread([ms]),
      rssBytes: spread([1]),
    });
    const result: SizeResult = {
      posts: 1000,
      postBytes: 11000,
      builds: {A: build(120), B: build(200), C: build(100)},
      phases: {},
      lintMs: spread([4000]),
      initial: {
        A: {jsGzip: 100, cssGzip: 100},
        B: {jsGzip: 100, cssGzip: 100},
        C: {jsGzip: 100, cssGzip: 100},
      },
    };
    const checks = checkBudgets([result]);
    expect(
      checks.find((check) => check.name.startsWith('build wall')),
    ).toMatchObject({measured: '1.20', met: false});
    expect(checks.find((check) => check.name.startsWith('lint'))?.met).toBe(
      true,
    );
  });

  it('misses the Lighthouse budget below 90 or below C, and on more blocking time than C', () => {
    const build = {
      wallMs: spread([100]),
      cpuMs: spread([100]),
      rssBytes: spread([1]),
    };
    const audit = (score: number, tbt: number) => ({
      performance: spread([score]),
      totalBlockingMs: spread([tbt]),
    });
    const result = (A: number, C: number, tbtA: number): SizeResult => ({
      posts: 1000,
      postBytes: 11000,
      builds: {A: build, B: build, C: build},
      phases: {},
      lintMs: spread([4000]),
      initial: {A: {jsGzip: 1, cssGzip: 1}, C: {jsGzip: 1, cssGzip: 1}},
      lighthouse: {A: audit(A, tbtA), C: audit(C, 200)},
    });
    const lighthouse = (checked: SizeResult) =>
      checkBudgets([checked])
        .filter((check) => check.name.startsWith('Lighthouse'))
        .map((check) => check.met);
    expect(lighthouse(result(92, 90, 150))).toEqual([true, true]);
    expect(lighthouse(result(88, 80, 150))).toEqual([false, true]);
    expect(lighthouse(result(92, 95, 250))).toEqual([false, false]);
  });
});
