/**
 * Records every anchor the review posts publish in anchors.lock, refusing
 * when a recorded one would disappear unless told that is intended.
 */
import {readCommandLine} from './lib/cli';
import {
  LEDGER_FILE,
  LintUsageError,
  loadSite,
  updateLedger,
} from '../src/lib/rules';

const HELP = `Usage: npm run anchors:update [-- [--allow-removal] [--root <dir>]]

Rewrites ${LEDGER_FILE} with every URL#anchor the review posts publish now, so
that lint-posts can tell when a change would break a link someone made. An
anchor that is recorded but no longer published stops the update (exit 1)
and is listed, unless --allow-removal says its removal is intended.

Options:
  --allow-removal   drop recorded anchors that the posts no longer publish
  --root <dir>      the site folder (default: the current folder)
  -h, --help        show this help

Example:
  npm run anchors:update`;

function main(): number {
  const args = readCommandLine(
    {
      options: {
        'allow-removal': {type: 'boolean'},
        root: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const {values} = args;
  let site;
  try {
    site = loadSite(values.root === undefined ? {} : {root: values.root});
  } catch (error) {
    if (!(error instanceof LintUsageError)) throw error;
    console.error(`${error.message}\n\n${HELP}`);
    return 2;
  }
  const update = updateLedger(site.root, site.posts, {
    allowRemoval: values['allow-removal'] ?? false,
  });
  if (update.unreadable.length > 0) {
    console.error(
      `${LEDGER_FILE} not updated: these posts are not valid MDX, so their anchors are unknown (see npm run lint-posts):`,
    );
    for (const file of update.unreadable) console.error(`  ${file}`);
    return 1;
  }
  if (update.removed.length > 0 && !update.written) {
    console.error(
      `${LEDGER_FILE} not updated: ${update.removed.length} published anchor(s) would disappear, breaking links to them:`,
    );
    for (const anchor of update.removed) console.error(`  ${anchor}`);
    console.error(
      'Keep each with an explicit heading id, {/* #old-id */} at the end of the heading, or run npm run anchors:update -- --allow-removal if removing them is intended.',
    );
    return 1;
  }
  for (const anchor of update.added) console.log(`+ ${anchor}`);
  for (const anchor of update.removed) console.log(`- ${anchor}`);
  console.log(
    update.written
      ? `${LEDGER_FILE}: ${update.added.length} added, ${update.removed.length} removed, ${update.total} in all`
      : `${LEDGER_FILE} is up to date (${update.total} anchors)`,
  );
  return 0;
}

process.exitCode = main();
