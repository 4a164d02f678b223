import {spawnSync} from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readCommandLine} from './lib/cli';
import {compareTrees, formatDifferences, listFiles} from './lib/compareTrees';
import {copyTrackedFiles} from './lib/syntheticSite';

const HELP = `Usage: npm run test:determinism [-- --keep]

Builds the site three times from two folders of different names: cold in
the first, cold in the second, then warm in the first (its bundler cache
filled by the first build). All three must be identical byte for byte.
On a difference it names the first files that differ and the byte where
they do, and exits 1. Then it changes one byte of a review and builds
again: the check must name that review's page, or it could not see a
difference at all. --keep leaves the folders for a look.`;

const args = readCommandLine(
  {
    options: {
      keep: {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h'},
    },
  },
  HELP,
);
if ('exitCode' in args) process.exit(args.exitCode);

const repo = process.cwd();
const root = mkdtempSync(path.join(tmpdir(), 'reviews-determinism-'));

/**
 * A copy of the site whose node_modules links each package of the
 * repository's but is a folder of its own: the bundler's cache
 * (`node_modules/.cache`) starts empty and stays in the copy.
 */
function siteCopy(name: string): string {
  const dir = path.join(root, name);
  copyTrackedFiles(repo, dir);
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (entry === '.cache') continue;
    symlinkSync(
      path.join(repo, 'node_modules', entry),
      path.join(modules, entry),
    );
  }
  return dir;
}

/**
 * Changes the last Hangul syllable of the newest review to the next one,
 * which changes one byte of its UTF-8; returns the post's path.
 */
function changeOneByte(dir: string): string {
  const posts = listFiles(path.join(dir, 'docs/papers')).filter((file) =>
    /^y\d{4}\/[a-z]{3}\/\d{8}\.mdx$/.test(file),
  );
  const post = `docs/papers/${posts.sort((a, b) => a.slice(-12).localeCompare(b.slice(-12))).at(-1)}`;
  const file = path.join(dir, post);
  const text = readFileSync(file, 'utf8');
  const at = text.search(/[가-힢](?=[^가-힣]*$)/);
  if (at < 0) throw new Error(`${post} has no Korean text to change`);
  const next = String.fromCodePoint(text.codePointAt(at)! + 1);
  writeFileSync(file, text.slice(0, at) + next + text.slice(at + 1));
  return post;
}

function build(dir: string, outDir: string, label: string): number {
  const started = performance.now();
  process.stderr.write(`building ${label}…\n`);
  const result = spawnSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'build',
      '--out-dir',
      outDir,
    ],
    {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']},
  );
  if (result.status !== 0) {
    throw new Error(`the ${label} build failed (exit ${result.status})`);
  }
  return (performance.now() - started) / 1000;
}

let failed = false;
try {
  const first = siteCopy('site');
  const second = siteCopy('another-folder');
  const times = [
    build(first, 'build', 'cold, first folder'),
    build(second, 'build', 'cold, second folder'),
    build(first, 'build-warm', 'warm, first folder'),
  ];
  const reference = path.join(first, 'build');
  const files = listFiles(reference).length;
  for (const [label, other] of [
    ['another folder', path.join(second, 'build')],
    ['a warm cache', path.join(first, 'build-warm')],
  ] as const) {
    const differences = compareTrees(reference, other);
    if (differences.length === 0) {
      console.log(`identical with ${label}: ${files} files`);
      continue;
    }
    failed = true;
    console.log(
      `DIFFERENT with ${label}: ${differences.length} of ${files} files`,
    );
    for (const line of formatDifferences(differences, {
      first: 'first build',
      second: label,
    })) {
      console.log(line);
    }
  }
  // The check must see a change: one byte of a review, one build more.
  const post = changeOneByte(second);
  times.push(
    build(second, 'build-changed', `with one byte of ${post} changed`),
  );
  const page = `${post.replace(/\.mdx$/, '')}/index.html`;
  const changed = compareTrees(reference, path.join(second, 'build-changed'));
  if (changed.some((difference) => difference.file === page)) {
    console.log(
      `one byte changed in ${post}: ${changed.length} files differ, ${page} among them`,
    );
  } else {
    failed = true;
    console.log(
      `one byte changed in ${post}, but ${page} is not among the ${changed.length} files that differ: the check cannot be trusted`,
    );
  }
  console.log(
    `build times: ${times.map((seconds) => `${seconds.toFixed(1)} s`).join(', ')}`,
  );
} catch (error) {
  console.error((error as Error).message);
  failed = true;
} finally {
  if (args.values.keep) {
    console.log(`the folders are in ${root}`);
  } else {
    rmSync(root, {recursive: true, force: true});
  }
}
process.exitCode = failed ? 1 : 0;
