/**
 * Converts posts written in the legacy format (a centred <div> around an
 * <img>) to the current model (<Figure>), showing a diff or writing it.
 */
import {readCommandLine} from './lib/cli';
import path from 'node:path';
import {
  UsageError,
  backupFolder,
  formatNote,
  listMdxFiles,
  migrateLegacyFile,
  migrationDiff,
} from '../src/lib/authoring';
import {ContentError} from '../src/lib/review';

const HELP = `Usage: npm run migrate-legacy -- <file-or-folder>... [--write]

Converts the legacy figures of review posts to the current model:
<div style={{textAlign: 'center'}}><img src={x} style={{width: 500}} /></div>
and bare <img> elements become <Figure src={x} alt="…" width={500} />. Only
the text of those figures changes; every other byte stays as it is. An image
without alt text gets one made from its paper's title ("<title> 그림 1"),
reported as a warning: replace it with a description of the image. Figures
that cannot be converted are left as they are and reported with file:line.
A folder means every .mdx file below it.

Without --write, prints a unified diff and changes nothing. With --write,
first copies each post it changes to a backup outside the content folders,
at the same path below .migrate-legacy/<time>/ in the current (site) folder:
  .migrate-legacy/2025-10-28T09-30-00Z/docs/papers/y2025/oct/20251027.mdx
Each run gets a folder of its own, so no backup is ever replaced; one line
at the end names it.

Exit status: 0 when done (warnings allowed), 1 when something could not be
converted, 2 on bad usage.

Example:
  npm run migrate-legacy -- docs/papers/y2025/oct/20251027.mdx --write`;

function main(): number {
  const args = readCommandLine(
    {
      options: {
        write: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
      allowPositionals: true,
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const {values, positionals: targets} = args;
  if (targets.length === 0) {
    console.error(`Name a post or a folder of posts.\n\n${HELP}`);
    return 2;
  }

  let files: string[];
  try {
    files = [...new Set(targets.flatMap(listMdxFiles))];
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }

  const write = values.write === true;
  const backups = backupFolder(process.cwd());
  const tally = {changed: 0, untouched: 0, warnings: 0, problems: 0};
  for (const file of files) {
    const display = displayPath(file);
    let migration;
    try {
      migration = migrateLegacyFile(
        file,
        write ? {write, display, backups} : {write, display},
      );
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(`${error.message}\n  (not migrated: fix the syntax first)`);
      tally.problems += 1;
      continue;
    }
    const changed = migration.migrated !== migration.original;
    if (changed) {
      tally.changed += 1;
      if (migration.backup) {
        console.log(
          `${display}: converted ${plural(migration.converted, 'figure')}`,
        );
      } else {
        process.stdout.write(migrationDiff(migration));
      }
    } else {
      tally.untouched += 1;
      if (migration.notes.length === 0) {
        console.log(`${display}: nothing to migrate`);
      }
    }
    for (const note of migration.notes) {
      console.error(formatNote(display, note, migration.backup !== undefined));
      if (note.severity === 'warning') tally.warnings += 1;
      else tally.problems += 1;
    }
  }

  if (backups.dir) {
    console.log(
      `Originals of ${plural(tally.changed, 'rewritten post')} kept in ${displayPath(backups.dir)}/`,
    );
  }
  const summary = `${plural(files.length, 'post')}: ${tally.changed} ${write ? 'migrated' : 'to migrate'}, ${tally.untouched} unchanged; ${plural(tally.warnings, 'warning')}, ${tally.problems} not converted.`;
  console.error(
    !write && tally.changed > 0
      ? `${summary} Nothing was written; run again with --write to apply.`
      : summary,
  );
  return tally.problems > 0 ? 1 : 0;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative.split(path.sep).join('/');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

process.exitCode = main();
