/**
 * Throw-away copies of the site with other posts in `docs/`, for tests that
 * build it or serve it: the repository's code and configuration, a fixture's
 * posts, and the repository's installed packages.
 */
import {spawn} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** The repository this test suite belongs to. */
export const REPO = path.join(__dirname, '..', '..');

/** What a site needs besides its posts and packages. */
const SITE_ENTRIES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
  'anchors.lock',
  'src',
  'static',
  'blog',
  'paper-metadata',
] as const;

export interface TempSite {
  /** The site folder: run `docusaurus` and `lint-posts --root` here. */
  dir: string;
  /** Removes the folder and everything in it. */
  cleanup(): void;
}

export interface TempSiteOptions {
  /**
   * Only these post files (names in `docs/papers/yYYYY/<mon>/`) are copied;
   * `asset/` folders always are. Every post when omitted.
   */
  posts?: readonly string[];
}

/**
 * Makes a fresh site folder: the repository's config, `src/`, `static/`,
 * `blog/` and `anchors.lock`, then every entry of `fixture` in place of the
 * repository's (its `docs/`, and its own `blog/` or `anchors.lock` when
 * the repository's would link to posts it lacks). `node_modules/` is a real
 * folder of links to the repository's packages, so the site resolves them
 * but builds with caches of its own, cold, in `node_modules/.cache`.
 */
export function makeTempSite(
  fixture: string,
  options: TempSiteOptions = {},
): TempSite {
  const dir = mkdtempSync(path.join(tmpdir(), 'paper-reviews-site-'));
  const cleanup = () => rmSync(dir, {recursive: true, force: true});
  try {
    for (const entry of SITE_ENTRIES) {
      const from = path.join(REPO, entry);
      if (!existsSync(from)) continue;
      cpSync(from, path.join(dir, entry), {recursive: true});
    }
    // The fixture's own entries (docs/, and blog/ or anchors.lock when its
    // posts need them) replace the repository's.
    const wanted = options.posts && new Set(options.posts);
    for (const entry of readdirSync(fixture)) {
      const to = path.join(dir, entry);
      rmSync(to, {recursive: true, force: true});
      cpSync(path.join(fixture, entry), to, {
        recursive: true,
        filter: (source) =>
          entry !== 'docs' ||
          !wanted ||
          !/\.mdx?$/.test(source) ||
          wanted.has(path.basename(source)),
      });
    }
    linkPackages(dir);
    rmSync(path.join(dir, '.docusaurus'), {recursive: true, force: true});
  } catch (error) {
    cleanup();
    throw error;
  }
  return {dir, cleanup};
}

function linkPackages(dir: string): void {
  const from = path.join(REPO, 'node_modules');
  const to = path.join(dir, 'node_modules');
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (entry === '.cache') continue;
    symlinkSync(path.join(from, entry), path.join(to, entry));
  }
}

export interface Finished {
  /** The exit status, or null when a signal ended the process. */
  status: number | null;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
}

/**
 * Runs a command to the end and returns its exit status and its combined
 * output. Never throws for a failing command: its status says so.
 */
export function runToEnd(
  command: string,
  args: readonly string[],
  {cwd, env}: {cwd: string; env?: Readonly<Record<string, string>>},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {...process.env, ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({status, output: Buffer.concat(chunks).toString('utf8')}),
    );
  });
}

/** Runs `lint-posts` of this repository over the posts of `site`. */
export function lintSite(site: string): Promise<Finished> {
  return runToEnd(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(REPO, 'scripts', 'lint-posts.ts'),
      '--root',
      site,
    ],
    {cwd: REPO},
  );
}

/** Builds `site` for production into `<site>/build`, as `docusaurus build` does. */
export function buildSite(site: string): Promise<Finished> {
  return runToEnd(
    'npx',
    ['docusaurus', 'build', '--out-dir', path.join(site, 'build')],
    // Colour codes would split `file:line` apart.
    {cwd: site, env: {FORCE_COLOR: '0', NO_COLOR: '1'}},
  );
}
