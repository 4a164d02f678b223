import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {syntheticPosts} from './syntheticPosts';
import {lintPosts} from '../../src/lib/rules';

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
 * Writes `count` synthetic posts into a temporary site folder, lints it in
 * this process and reports the time taken; the folder is removed after.
 * The promise of `lint-posts` is 1,000 posts in under 5 seconds.
 */
export function benchLint(count = 1000, papersPerPost = 6): LintBenchmark {
  const root = mkdtempSync(path.join(tmpdir(), 'lint-bench-'));
  try {
    for (const post of syntheticPosts(count, papersPerPost)) {
      const file = path.join(root, post.file);
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, post.source);
    }
    const started = performance.now();
    const result = lintPosts({root});
    const totalMs = performance.now() - started;
    return {
      posts: result.posts,
      papers: result.posts * papersPerPost,
      loadMs: result.timings.load,
      checkMs: result.timings.check,
      totalMs,
      errors: result.errors,
      warnings: result.warnings,
    };
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}
