import {estreePoint, walkEstree} from './mdxNodes';
import type {PostNodes} from './postNodes';

/** A name a post imports, and from where. */
export interface ImportBinding {
  name: string;
  specifier: string;
  /** `import x from …` (or `{default as x}`), the form an image import takes. */
  isDefault: boolean;
  line: number;
  column: number;
}

/** Every name bound by the post's import statements. */
export function importBindings(nodes: PostNodes): ImportBinding[] {
  const bindings: ImportBinding[] = [];
  for (const node of nodes.esm) {
    for (const statement of node.data?.estree?.body ?? []) {
      if (
        statement.type !== 'ImportDeclaration' ||
        typeof statement.source.value !== 'string'
      ) {
        continue;
      }
      for (const item of statement.specifiers) {
        bindings.push({
          name: item.local.name,
          specifier: statement.source.value,
          isDefault:
            item.type === 'ImportDefaultSpecifier' ||
            (item.type === 'ImportSpecifier' &&
              item.imported.type === 'Identifier' &&
              item.imported.name === 'default'),
          ...estreePoint(statement),
        });
      }
    }
  }
  return bindings;
}

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

/** True for `./x` and `../x`, the specifiers that name a file beside the post. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}
