import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {realisticCorpus} from './siteBench/corpus';
import {lintPosts, parseInParallel} from '../../src/lib/rules';

/** How long linting a synthetic site took, in milliseconds. */
export interface LintBenchmark {
  posts: number;
  papers: number;
  /** Reading and parsing every post. */
  loadMs: number;
  /** Running every check. */
  checkMs: number;
  totalMs: number;
  errors: number;
  warnings: number;
}

/**
 * Writes `count` realistic posts (with their images) into a temporary site
 * folder, lints it in this process and reports the time taken; the folder
 * is removed after. The promise of `lint-posts` is 1,000 posts in under 5 s.
 */
export async function benchLint(count = 1000): Promise<LintBenchmark> {
  const root = mkdtempSync(path.join(tmpdir(), 'lint-bench-'));
  try {
    const corpus = realisticCorpus(count);
    for (const post of corpus) {
      for (const {file, content} of post.files) {
        mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
        writeFileSync(path.join(root, file), content);
      }
    }
    const started = performance.now();
    await parseInParallel({root});
    const parsed = performance.now();
    const result = lintPosts({root});
    const totalMs = performance.now() - started;
    return {
      posts: result.posts,
      papers: corpus.reduce(
        (sum, post) =>
          sum + (String(post.files[0]!.content).match(/^## /gm)?.length ?? 0),
        0,
      ),
      loadMs: parsed - started + result.timings.load,
      checkMs: result.timings.check,
      totalMs,
      errors: result.errors,
      warnings: result.warnings,
    };
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}
