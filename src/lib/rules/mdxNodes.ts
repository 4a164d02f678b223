import type {Node as EstreeNode, Program} from 'estree';
import type {Node} from 'unist';

export type {JsxElement} from '../review/jsx';

/** Where a node starts, 1-based; line 1 column 1 when it has no position. */
export function pointOf(node: Node | undefined): {
  line: number;
  column: number;
} {
  return {
    line: node?.position?.start.line ?? 1,
    column: node?.position?.start.column ?? 1,
  };
}

/** Where an estree node starts; acorn counts columns from 0. */
export function estreePoint(node: EstreeNode): {line: number; column: number} {
  return {
    line: node.loc?.start.line ?? 1,
    column: (node.loc?.start.column ?? 0) + 1,
  };
}

/** A piece of JavaScript in a post and the MDX node that holds it. */
export interface EmbeddedProgram {
  program: Program;
  owner: Node;
}

/** Calls `visitor` on every node of an estree tree, parents first. */
export function walkEstree(
  root: EstreeNode,
  visitor: (node: EstreeNode) => void,
): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push(value[index]);
      }
      continue;
    }
    if (!value || typeof value !== 'object' || !('type' in value)) {
      continue;
    }
    visitor(value as EstreeNode);
    for (const [key, child] of Object.entries(value)) {
      if (
        key !== 'loc' &&
        key !== 'range' &&
        child &&
        typeof child === 'object'
      ) {
        stack.push(child);
      }
    }
  }
}

/** True for a URL with a scheme (`https:`) or protocol-relative (`//host`). */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}
