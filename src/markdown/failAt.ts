import path from 'node:path';
import type {Node} from 'unist';
import type {VFile} from 'vfile';

/** The post's path as the author knows it: relative to the site folder. */
export function displayPath(file: VFile): string {
  if (!file.path) return '<input>';
  const relative = path.relative(file.cwd, file.path);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? file.path
    : relative.split(path.sep).join('/');
}

/**
 * Stops the build at `node`. Docusaurus prints only the reason, so the
 * reason itself starts with `file:line:column`.
 */
export function failAt(
  file: VFile,
  node: Node,
  origin: {ruleId: string; source: string},
  reason: string,
): never {
  const start = node.position?.start;
  const where = `${displayPath(file)}:${start?.line ?? 1}:${start?.column ?? 1}`;
  file.fail(`${where}: ${reason}`, {place: node.position, ...origin});
}
