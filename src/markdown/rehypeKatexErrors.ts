import {displayPath} from './failAt';
import type {Root} from 'hast';
import type {Point} from 'unist';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';

/**
 * Fails the build on any formula KaTeX could not render. rehype-katex only
 * records such errors and shows the formula as red text, so a broken formula
 * would reach readers. Must sit right after rehype-katex.
 */
export default function rehypeKatexErrors() {
  return (_tree: Root, file: VFile): void => {
    const errors = file.messages.filter(
      (message) => message.source === 'rehype-katex',
    );
    if (errors.length === 0) {
      return;
    }
    const name = displayPath(file);
    const lines = errors.map((error) => {
      const start = startOf(error);
      const where = `${name}:${start?.line ?? '?'}:${start?.column ?? '?'}`;
      const reason =
        error.cause instanceof Error ? error.cause.message : error.reason;
      return `${where}  ${reason}`;
    });
    file.fail(
      `KaTeX could not render ${errors.length} formula${errors.length > 1 ? 's' : ''}; fix the LaTeX:\n${lines.join('\n')}`,
      {ruleId: 'katex-error', source: 'rehype-katex-errors'},
    );
  };
}

/**
 * Where a formula starts. Display math loses its position on the way to the
 * HTML tree, so the nearest positioned ancestor (its `<pre>`) stands in.
 */
function startOf(message: VFileMessage): Point | undefined {
  if (message.line != null) {
    return {line: message.line, column: message.column ?? 1};
  }
  return message.ancestors?.findLast((node) => node.position)?.position?.start;
}
