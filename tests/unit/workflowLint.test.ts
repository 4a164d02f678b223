import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  formatWorkflowProblem,
  lintWorkflows,
} from '../../scripts/lib/workflowLint';

const SITE_WORKFLOW = '.github/workflows/site.yml';
const text = readFileSync(path.join(__dirname, '../..', SITE_WORKFLOW), 'utf8');

describe('the workflow lint', () => {
  it('passes the site workflow', async () => {
    expect(await lintWorkflows([{file: SITE_WORKFLOW, text}])).toEqual([]);
  });

  it('reports a job that needs one that does not exist, and an unknown step output, with positions', async () => {
    const broken = text
      .replace('needs: test', 'needs: tests')
      .replace('steps.pages.outputs.origin', 'steps.page.outputs.origin');
    const problems = await lintWorkflows([{file: SITE_WORKFLOW, text: broken}]);
    const lines = problems.map(formatWorkflowProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\.github\/workflows\/site\.yml:\d+:\d+ {2}error {2}.*"tests".*\(job-needs\)$/,
        ),
        expect.stringMatching(
          /property "page" is not defined.*\(expression\)$/,
        ),
      ]),
    );
  });
});
