import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import {visit} from 'unist-util-visit';
import {figureSource} from '../lib/review/figures';
import {importBindings, isRelativeSpecifier} from '../lib/review/imports';
import {attribute} from '../lib/review/jsx';
import {jsxAttribute} from './mdxJsx';
import type {ImportDeclaration} from 'estree';
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

/**
 * Gives every `<Figure>` its image's intrinsic size so the page does not shift
 * while it loads, and turns `src="./asset/x.png"` into an import webpack
 * bundles. What a Figure must be (alt text, a src, an image that exists) is
 * the content rules' to say; a Figure they would reject is left alone.
 * Must sit in `beforeDefaultRemarkPlugins`, after `remarkContentRules` and
 * before Docusaurus's image and link transforms: it resolves `src` as
 * written, relative to the post.
 */
export default function remarkFigure() {
  return (tree: Root, file: VFile): void => {
    const figures: FigureNode[] = [];
    visit(tree, (node: Node) => {
      if (isFigure(node)) figures.push(node);
    });
    if (figures.length === 0) return;

    const bindings = importBindings(tree);
    // Every bound name occupies the scope that `__figureN` must avoid.
    const taken = new Set(bindings.map((binding) => binding.name));
    const imageImports = new Map(
      bindings
        .filter((binding) => binding.isDefault)
        .map((binding) => [binding.name, binding.specifier]),
    );
    const folder = file.path ? path.dirname(file.path) : file.cwd;
    // One import per image file, reusing the author's own import if any.
    const importNames = new Map<string, string>();
    for (const [name, specifier] of imageImports) {
      if (isRelativeSpecifier(specifier)) {
        importNames.set(path.resolve(folder, specifier), name);
      }
    }
    const added: ImportDeclaration[] = [];
    let counter = 0;
    const freshName = (): string => {
      let name: string;
      do name = `__figure${counter++}`;
      while (taken.has(name));
      return name;
    };

    for (const figure of figures) {
      const source = figureSource(figure, imageImports);
      if (source.kind !== 'local') continue;
      const absolutePath = path.resolve(folder, source.specifier);
      if (!existsSync(absolutePath)) continue;
      const srcAttribute = attribute(figure, 'src');
      if (typeof srcAttribute?.value === 'string') {
        let name = importNames.get(absolutePath);
        if (!name) {
          name = freshName();
          importNames.set(absolutePath, name);
          added.push(importDeclaration(name, source.specifier));
        }
        srcAttribute.value = identifierValue(name);
      }
      addNaturalSize(figure, absolutePath);
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

function addNaturalSize(figure: FigureNode, absolutePath: string): void {
  const hasWidth = attribute(figure, 'naturalWidth') !== undefined;
  const hasHeight = attribute(figure, 'naturalHeight') !== undefined;
  if (hasWidth && hasHeight) return;
  // An unreadable image is the content rules' to report (asset-type).
  const size = measure(absolutePath);
  if (!size) return;
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
