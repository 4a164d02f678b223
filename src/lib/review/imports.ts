import type {
  ExportAllDeclaration,
  ExportDefaultDeclaration,
  ExportNamedDeclaration,
  ImportDeclaration,
} from 'estree';
import type {Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdx';

/** A name a post imports, and from where. */
export interface ImportBinding {
  name: string;
  specifier: string;
  /** `import x from …` (or `{default as x}`), the form an image import takes. */
  isDefault: boolean;
  line: number;
  column: number;
}

/** Image types the site serves, by file extension, as image-size names them. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  svg: 'svg',
  avif: 'avif',
};

/** The import and export statements of one ESM block of a post. */
export function importStatements(
  node: MdxjsEsm,
): (
  | ImportDeclaration
  | ExportNamedDeclaration
  | ExportDefaultDeclaration
  | ExportAllDeclaration
)[] {
  return (node.data?.estree?.body ?? []).filter(
    (statement) =>
      statement.type === 'ImportDeclaration' ||
      statement.type === 'ExportNamedDeclaration' ||
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportAllDeclaration',
  );
}

/** Every name bound by the import statements of a post (its tree or ESM blocks). */
export function importBindings(
  source: Root | readonly MdxjsEsm[],
): ImportBinding[] {
  const blocks =
    'type' in source
      ? source.children.filter(
          (node): node is MdxjsEsm => node.type === 'mdxjsEsm',
        )
      : source;
  const bindings: ImportBinding[] = [];
  for (const block of blocks) {
    for (const statement of importStatements(block)) {
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
          line: statement.loc?.start.line ?? 1,
          column: (statement.loc?.start.column ?? 0) + 1,
        });
      }
    }
  }
  return bindings;
}

/**
 * Why an import is not the one kind a post may have, a default import of
 * an image beside it (`import name from './asset/name.png'`); else undefined.
 */
export function imageImportProblem(
  statement: ImportDeclaration,
): string | undefined {
  const specifier = String(statement.source.value);
  const [binding] = statement.specifiers;
  if (
    statement.specifiers.length !== 1 ||
    binding?.type !== 'ImportDefaultSpecifier'
  ) {
    return `import from '${specifier}' must bind exactly one default name`;
  }
  if (!isRelativeSpecifier(specifier) || /[?#!]/.test(specifier)) {
    return `'${specifier}' is not a file beside the post; posts do not import code or packages`;
  }
  const extension = /\.([a-z\d]+)$/i.exec(specifier)?.[1]?.toLowerCase();
  if (!extension || !Object.hasOwn(IMAGE_TYPES, extension)) {
    return `'${specifier}' is not an image (${Object.keys(IMAGE_TYPES).join(', ')}); posts import only images`;
  }
  return undefined;
}

/** True for `./x` and `../x`, the specifiers that name a file beside the post. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}
