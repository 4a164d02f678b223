import {execFileSync} from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {syntheticPosts} from './syntheticPosts';

/** A copy of the site in a temporary folder, with extra generated posts. */
export interface SyntheticSite {
  dir: string;
  /** Removes the folder. */
  remove(): void;
}

/**
 * Copies the tracked files of the site at `siteDir` to a temporary folder,
 * links its node_modules and adds `postCount` synthetic review posts, so a
 * benchmark can build a large site without touching the real one.
 */
export function syntheticSite(
  siteDir: string,
  postCount: number,
): SyntheticSite {
  const dir = mkdtempSync(path.join(tmpdir(), 'reviews-bench-'));
  copyTrackedFiles(siteDir, dir);
  symlinkSync(
    path.join(siteDir, 'node_modules'),
    path.join(dir, 'node_modules'),
  );
  for (const post of syntheticPosts(postCount)) {
    const target = path.join(dir, post.file);
    mkdirSync(path.dirname(target), {recursive: true});
    writeFileSync(target, post.source, {flag: 'wx'});
  }
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}

/** Copies the files git tracks in `repo` to `dir`, as a clean clone has them. */
export function copyTrackedFiles(repo: string, dir: string): void {
  const tracked = execFileSync('git', ['ls-files', '-z'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of tracked) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    copyFileSync(path.join(repo, file), path.join(dir, file));
  }
}
