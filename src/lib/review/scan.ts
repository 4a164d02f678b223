import {readdirSync} from 'node:fs';
import path from 'node:path';

/**
 * Every `.mdx` file below `docs/papers`, as paths relative to the site
 * folder with forward slashes, sorted. Misplaced files are included so that
 * their checks can report them.
 */
export function listPostFiles(siteDir: string): string[] {
  const root = path.join(siteDir, 'docs', 'papers');
  return readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `docs/papers/${file.split(path.sep).join('/')}`)
    .sort();
}
