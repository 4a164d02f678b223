import path from 'node:path';
import type {VFile} from 'vfile';

/** The post's path as the author knows it: relative to the site folder. */
export function displayPath(file: VFile): string {
  if (!file.path) return '<input>';
  const relative = path.relative(file.cwd, file.path);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? file.path
    : relative.split(path.sep).join('/');
}
