import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';

/**
 * Every `.mdx` (and `.md`) file below `docs/papers`, as paths relative to the site
 * folder with forward slashes, sorted. Misplaced files are included so that
 * their checks can report them.
 */
export function listPostFiles(siteDir: string): string[] {
  const root = path.join(siteDir, 'docs', 'papers');
  return readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => `docs/papers/${file.split(path.sep).join('/')}`)
    .sort();
}

/**
 * Blog post files, `name.md(x)` or `name/index.md(x)` under blog/, relative
 * to the site folder with forward slashes, sorted.
 */
export function listBlogFiles(siteDir: string): string[] {
  const root = path.join(siteDir, 'blog');
  if (!existsSync(root)) {
    return [];
  }
  return readdirSync(root, {recursive: true, encoding: 'utf8'})
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /^[^/_][^/]*\.mdx?$|^[^/_][^/]*\/index\.mdx?$/.test(file))
    .map((file) => `blog/${file}`)
    .sort();
}
