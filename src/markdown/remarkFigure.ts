import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import {visit} from 'unist-util-visit';
import {failAt} from './failAt';
import {jsxAttribute} from './mdxJsx';
import type {Expression, ImportDeclaration, Program} from 'estree';
import type {Root} from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  MdxjsEsm,
} from 'mdast-util-mdx';
import type {Node} from 'unist';
import type {VFile} from 'vfile';

type FigureNode = MdxJsxFlowElement | MdxJsxTextElement;

/** Where a Figure's image lives, once its `src` is understood. */
type ImageSource =
  {kind: 'remote'} | {kind: 'local'; specifier: string; absolutePath: string};

/**
 * Names the post imports, each with its module when it is a default import;
 * `null` for other bindings, which only reserve the name.
 */
type PostImports = Map<string, string | null>;

const SOURCE = 'remark-figure';

/**
 * Gives every `<Figure>` its image's intrinsic size so the page does not shift
 * while it loads, turns `src="./asset/x.png"` into an import webpack bundles,
 * and fails the build on a missing image or alt text.
 * Must sit in `beforeDefaultRemarkPlugins`, before Docusaurus's image and link
 * transforms: it resolves `src` as written, relative to the post, and names
 * the Figure at fault before webpack could only report a missing module.
 */
export default function remarkFigure() {
  return (tree: Root, file: VFile): void => {
    const figures: FigureNode[] = [];
    visit(tree, (node: Node) => {
      if (isFigure(node)) figures.push(node);
    });
    if (figures.length === 0) return;

    const postImports = collectImports(tree);
    const folder = file.path ? path.dirname(file.path) : file.cwd;
    // One import per image file, reusing the author's own import if any.
    const importNames = new Map<string, string>();
    for (const [name, specifier] of postImports) {
      if (specifier !== null && isRelative(specifier)) {
        importNames.set(path.resolve(folder, specifier), name);
      }
    }
    const added: ImportDeclaration[] = [];
    let counter = 0;
    const freshName = (): string => {
      let name: string;
      do name = `__figure${counter++}`;
      while (postImports.has(name));
      return name;
    };

    for (const figure of figures) {
      checkAlt(figure, file);
      const srcAttribute = attribute(figure, 'src');
      const source = imageSource(figure, srcAttribute, {
        postImports,
        folder,
        file,
      });
      if (source.kind === 'remote') continue;
      if (!existsSync(source.absolutePath)) {
        fail(
          file,
          figure,
          'figure-missing-image',
          `image ${source.specifier} not found next to the post; add the file or fix the path`,
        );
      }
      if (typeof srcAttribute?.value === 'string') {
        let name = importNames.get(source.absolutePath);
        if (!name) {
          name = freshName();
          importNames.set(source.absolutePath, name);
          added.push(importDeclaration(name, source.specifier));
        }
        srcAttribute.value = identifierValue(name);
      }
      addNaturalSize(figure, source, file);
    }

    if (added.length > 0) {
      tree.children.unshift(esmNode(added));
    }
  };
}

function isFigure(node: Node): node is FigureNode {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node as FigureNode).name === 'Figure'
  );
}

function attribute(
  figure: FigureNode,
  name: string,
): MdxJsxAttribute | undefined {
  return figure.attributes.find(
    (item): item is MdxJsxAttribute =>
      item.type === 'mdxJsxAttribute' && item.name === name,
  );
}

function checkAlt(figure: FigureNode, file: VFile): void {
  const alt = attribute(figure, 'alt');
  // An expression may well yield text; only literal emptiness is certain.
  const empty =
    !alt ||
    alt.value === null ||
    alt.value === undefined ||
    (typeof alt.value === 'string' && alt.value.trim() === '');
  if (empty) {
    fail(
      file,
      figure,
      'figure-missing-alt',
      'Figure needs alt text describing the image for readers who cannot see it; add alt="…"',
    );
  }
}

function imageSource(
  figure: FigureNode,
  src: MdxJsxAttribute | undefined,
  {
    postImports,
    folder,
    file,
  }: {postImports: PostImports; folder: string; file: VFile},
): ImageSource {
  const local = (specifier: string): ImageSource => ({
    kind: 'local',
    specifier,
    absolutePath: path.resolve(folder, specifier),
  });
  if (!src || src.value === null || src.value === undefined) {
    return fail(
      file,
      figure,
      'figure-src',
      'Figure needs a src; write src="./asset/name.png" or import the image and pass src={name}',
    );
  }
  if (typeof src.value === 'string') {
    const value = src.value;
    if (/^https?:\/\//i.test(value)) return {kind: 'remote'};
    if (
      value === '' ||
      /^[a-z][a-z\d+.-]*:/i.test(value) ||
      value.startsWith('/')
    ) {
      return fail(
        file,
        figure,
        'figure-src',
        `Figure src "${value}" is neither a path relative to the post nor an https:// URL; put the image in ./asset/ beside the post and write src="./asset/name.png"`,
      );
    }
    // A bare `asset/x.png` would be a package name to webpack.
    return local(isRelative(value) ? value : `./${value}`);
  }
  const expression = expressionOf(src.value.data?.estree);
  const specifier =
    expression?.type === 'Identifier'
      ? postImports.get(expression.name)
      : undefined;
  if (typeof specifier === 'string' && isRelative(specifier)) {
    return local(specifier);
  }
  const shown = src.value.value.trim();
  return fail(
    file,
    figure,
    'figure-src',
    typeof specifier !== 'string'
      ? `Figure src={${shown}} is not an image imported in this post; import it (import ${expressionName(expression)} from './asset/name.png') or write src="./asset/name.png"`
      : `Figure src={${shown}} is imported from '${specifier}', which is not relative to the post; put the image in ./asset/ and import it from './asset/name.png'`,
  );
}

function addNaturalSize(
  figure: FigureNode,
  source: Extract<ImageSource, {kind: 'local'}>,
  file: VFile,
): void {
  const hasWidth = attribute(figure, 'naturalWidth') !== undefined;
  const hasHeight = attribute(figure, 'naturalHeight') !== undefined;
  if (hasWidth && hasHeight) return;
  const size = measure(source.absolutePath);
  if (!size) {
    return fail(
      file,
      figure,
      'figure-unreadable-image',
      `${source.specifier} is not an image image-size can read; re-export it as PNG/JPEG/WebP/SVG`,
    );
  }
  if (!hasWidth) {
    figure.attributes.push(jsxAttribute('naturalWidth', size.width));
  }
  if (!hasHeight) {
    figure.attributes.push(jsxAttribute('naturalHeight', size.height));
  }
}

function measure(file: string): {width: number; height: number} | undefined {
  let size;
  try {
    size = imageSize(readFileSync(file));
  } catch {
    return undefined;
  }
  if (!size.width || !size.height) return undefined;
  // Browsers apply EXIF rotation, so a turned photo shows with swapped sides.
  return size.orientation !== undefined && size.orientation >= 5
    ? {width: size.height, height: size.width}
    : {width: size.width, height: size.height};
}

function collectImports(tree: Root): PostImports {
  const imports: PostImports = new Map();
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      const specifier = statement.source.value;
      if (typeof specifier !== 'string') continue;
      for (const item of statement.specifiers) {
        const isDefault =
          item.type === 'ImportDefaultSpecifier' ||
          (item.type === 'ImportSpecifier' &&
            item.imported.type === 'Identifier' &&
            item.imported.name === 'default');
        // Other names still occupy the scope that `__figureN` must avoid.
        imports.set(item.local.name, isDefault ? specifier : null);
      }
    }
  });
  return imports;
}

function expressionOf(program: Program | null | undefined): Expression | null {
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement'
    ? statement.expression
    : null;
}

function expressionName(expression: Expression | null): string {
  return expression?.type === 'Identifier' ? expression.name : 'image';
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

function importDeclaration(name: string, specifier: string): ImportDeclaration {
  return {
    type: 'ImportDeclaration',
    specifiers: [
      {type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}},
    ],
    source: {type: 'Literal', value: specifier, raw: JSON.stringify(specifier)},
    attributes: [],
  };
}

function esmNode(declarations: ImportDeclaration[]): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: declarations
      .map(
        (item) =>
          `import ${item.specifiers[0]?.local.name} from ${item.source.raw}`,
      )
      .join('\n'),
    data: {estree: {type: 'Program', sourceType: 'module', body: declarations}},
  };
}

function identifierValue(name: string): MdxJsxAttribute['value'] {
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: name,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExpressionStatement',
            expression: {type: 'Identifier', name},
          },
        ],
      },
    },
  };
}

function fail(
  file: VFile,
  figure: FigureNode,
  ruleId: string,
  reason: string,
): never {
  failAt(file, figure, {ruleId, source: SOURCE}, reason);
}
