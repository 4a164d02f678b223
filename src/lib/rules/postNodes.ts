import type {EmbeddedProgram, JsxElement} from './mdxNodes';
import type {Program} from 'estree';
import type {Definition, Html, Image, Link, Root} from 'mdast';
import type {
  MdxFlowExpression,
  MdxTextExpression,
  MdxjsEsm,
} from 'mdast-util-mdx';
import type {Literal, Node} from 'unist';

/** `$…$` as remark-math parses it. */
export interface InlineMath extends Literal {
  type: 'inlineMath';
  value: string;
}

/** `$$…$$` as remark-math parses it. */
export interface DisplayMath extends Literal {
  type: 'math';
  value: string;
}

/** The nodes of a post the rules look at, gathered in one walk. */
export interface PostNodes {
  jsxElements: JsxElement[];
  /** Markdown links and link definitions. */
  links: (Link | Definition)[];
  images: Image[];
  expressions: (MdxTextExpression | MdxFlowExpression)[];
  inlineMath: InlineMath[];
  /** Every formula, inline and display. */
  math: (InlineMath | DisplayMath)[];
  /** Raw HTML, which only a `.md` file can hold. */
  html: Html[];
  esm: MdxjsEsm[];
  /** Every piece of JavaScript: ESM, expressions, JSX attribute values. */
  programs: EmbeddedProgram[];
}

/**
 * Walks a post's tree once and sorts out the nodes the rules need, in
 * document order; a dozen rules each walking a thousand trees is what
 * would make linting slow.
 */
export function collectPostNodes(tree: Root | undefined): PostNodes {
  const nodes: PostNodes = {
    jsxElements: [],
    links: [],
    images: [],
    expressions: [],
    inlineMath: [],
    math: [],
    html: [],
    esm: [],
    programs: [],
  };
  if (!tree) {
    return nodes;
  }
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as JsxElement;
        nodes.jsxElements.push(element);
        for (const item of element.attributes) {
          const estree =
            item.type === 'mdxJsxExpressionAttribute'
              ? item.data?.estree
              : typeof item.value === 'object'
                ? item.value?.data?.estree
                : undefined;
          if (estree) {
            nodes.programs.push({program: estree, owner: item});
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        nodes.links.push(node as Link | Definition);
        break;
      case 'image':
        nodes.images.push(node as Image);
        break;
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        nodes.expressions.push(node as MdxTextExpression);
        break;
      case 'inlineMath':
        nodes.inlineMath.push(node as InlineMath);
        nodes.math.push(node as InlineMath);
        break;
      case 'math':
        nodes.math.push(node as DisplayMath);
        break;
      case 'html':
        nodes.html.push(node as Html);
        break;
      case 'mdxjsEsm':
        nodes.esm.push(node as MdxjsEsm);
        break;
    }
    const own = (node as {data?: {estree?: Program | null}}).data?.estree;
    if (own) {
      nodes.programs.push({program: own, owner: node});
    }
    const children = (node as {children?: Node[]}).children;
    if (children) {
      for (let index = children.length - 1; index >= 0; index -= 1) {
        stack.push(children[index]!);
      }
    }
  }
  return nodes;
}
