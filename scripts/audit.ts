import {spawnSync} from 'node:child_process';
import {readCommandLine} from './lib/cli';
import {auditExitCode, formatAudit, readAudit} from './lib/auditReport';

const HELP = `Usage: npm run audit

Runs npm audit on the production dependencies (--omit=dev) and prints each
advisory with its fix. Exits 0 when the registry answered with none, 1 when
it listed some, and 3 when it could not answer: then nothing was checked.`;

const args = readCommandLine(
  {options: {help: {type: 'boolean', short: 'h'}}},
  HELP,
);
if ('exitCode' in args) process.exit(args.exitCode);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const outcome = readAudit(result.stdout ?? '');
console.log(formatAudit(outcome));
process.exitCode = auditExitCode(outcome);
