import {walkEstree} from './mdxNodes';
import type {PostNodes} from './postNodes';

/**
 * The names a post's JavaScript and JSX refer to, outside import statements:
 * what tells an import that is used from one that is not.
 */
export function referencedNames(nodes: PostNodes): Set<string> {
  const names = new Set<string>();
  for (const {program} of nodes.programs) {
    for (const statement of program.body) {
      if (statement.type === 'ImportDeclaration') {
        continue;
      }
      walkEstree(statement, (node) => {
        if (node.type === 'Identifier') {
          names.add(node.name);
        } else if ((node.type as string) === 'JSXIdentifier') {
          names.add((node as unknown as {name: string}).name);
        }
      });
    }
  }
  for (const element of nodes.jsxElements) {
    if (element.name) {
      names.add(element.name.split('.')[0]!);
    }
  }
  return names;
}
