import {formatProblem} from './report';
import type {LintResult} from './runner';

/**
 * The report people read: `path:line:column  severity  message  (rule)`,
 * a `fix:` line under each, and a summary line.
 */
export function formatText(result: LintResult): string {
  const lines: string[] = [];
  for (const problem of result.problems) {
    lines.push(formatProblem(problem));
  }
  lines.push(summary(result));
  return lines.join('\n');
}

/** `2 errors, 9 warnings in 2 posts`. */
export function summary(result: LintResult): string {
  const count = (n: number, word: string) =>
    `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(result.errors, 'error')}, ${count(result.warnings, 'warning')} in ${count(result.posts, 'post')}`;
}

/** The same report as JSON, for editors and other tools. */
export function formatJson(result: LintResult): string {
  return JSON.stringify(
    {
      problems: result.problems,
      errors: result.errors,
      warnings: result.warnings,
      posts: result.posts,
    },
    null,
    2,
  );
}

/** 1 when any problem is an error, else 0. */
export function exitCode(result: LintResult): 0 | 1 {
  return result.errors > 0 ? 1 : 0;
}
