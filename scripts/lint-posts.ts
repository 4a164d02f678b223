/**
 * Runs every content rule over the posts (the same rules the build and the
 * dev server enforce) and prints each problem with its file:line:column and
 * fix; exits 1 when any is an error.
 */
import {readCommandLine} from './lib/cli';
import {
  DEFAULT_MAX_IMAGE_KB,
  LintUsageError,
  RULES,
  exitCode,
  formatJson,
  formatText,
  lintPosts,
  parseInParallel,
} from '../src/lib/rules';

const HELP = `Usage: npm run lint-posts [-- [paths...] [options]]

Runs every content rule over the posts under docs/papers and blog (or only
the posts and folders given): what a post may contain (an allowlist of
elements, attributes, imports and URL schemes), post paths and dates, front
matter, images, paper headings and organisation tags, MDX hazards, formulas,
internal links and the published anchors in anchors.lock. The build and the
dev server run the same rules as they compile each post. Prints every
problem of every post in one run as
  path:line:column  severity  message  (rule)
with a fix under it, sorted by file and line.

Options:
  --root <dir>          the site folder (default: the current folder)
  --max-image-kb <n>    largest image allowed, in KB (default ${DEFAULT_MAX_IMAGE_KB})
  --format text|json    how to print the problems (default text)
  --rules               list the rules and exit
  -h, --help            show this help

Exit status: 0 when there is no error (warnings allowed), 1 when there is
at least one error, 2 for bad usage.

Example:
  npm run lint-posts -- docs/papers/y2025/oct/20251027.mdx`;

async function main(): Promise<number> {
  const args = readCommandLine(
    {
      allowPositionals: true,
      options: {
        root: {type: 'string'},
        'max-image-kb': {type: 'string'},
        format: {type: 'string', default: 'text'},
        rules: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const {values, positionals} = args;
  if (values.rules) {
    console.log(
      Object.entries(RULES)
        .map(
          ([id, rule]) =>
            `${id.padEnd(22)} ${rule.severity.padEnd(8)} ${rule.summary}`,
        )
        .join('\n'),
    );
    return 0;
  }
  const maxImageKb = Number(values['max-image-kb'] ?? DEFAULT_MAX_IMAGE_KB);
  if (!Number.isFinite(maxImageKb) || maxImageKb <= 0) {
    console.error(`--max-image-kb takes a positive number of KB\n\n${HELP}`);
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    console.error(`--format is text or json\n\n${HELP}`);
    return 2;
  }
  try {
    const root = values.root === undefined ? {} : {root: values.root};
    await parseInParallel(root);
    const result = lintPosts({
      ...root,
      paths: positionals,
      maxImageKb,
    });
    console.log(
      values.format === 'json' ? formatJson(result) : formatText(result),
    );
    return exitCode(result);
  } catch (error) {
    if (!(error instanceof LintUsageError)) throw error;
    console.error(`${error.message}\n\n${HELP}`);
    return 2;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
