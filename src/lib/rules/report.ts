import {RULES} from './registry';
import type {Problem, ReportedProblem} from './types';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';

/** The `source` of every message a content rule attaches to a file. */
const RULE_SOURCE = 'content-rules';

/**
 * Attaches a problem to the file it is in, as remark-lint does: a message
 * with its place and rule id, fatal when the rule is an error, and the fix
 * as its note.
 */
export function attachProblem(
  file: VFile,
  problem: ReportedProblem,
): VFileMessage {
  const message = file.message(problem.message, {
    place: {line: problem.line ?? 1, column: problem.column ?? 1},
    ruleId: problem.rule,
    source: RULE_SOURCE,
  });
  message.fatal = RULES[problem.rule].severity === 'error';
  if (problem.fix) message.note = problem.fix;
  return message;
}

/** The problems content rules attached to a file, in the order found. */
export function problemsOf(file: VFile, name: string): Problem[] {
  return file.messages
    .filter((message) => message.source === RULE_SOURCE)
    .map((message) => ({
      file: name,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: message.fatal ? 'error' : 'warning',
      rule: message.ruleId as Problem['rule'],
      message: message.reason,
      ...(message.note && {fix: message.note}),
    }));
}

/** `path:line:column  severity  message  (rule)` and its fix, as people read it. */
export function formatProblem(problem: Problem): string {
  const line = `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}  (${problem.rule})`;
  return problem.fix ? `${line}\n  fix: ${problem.fix}` : line;
}
