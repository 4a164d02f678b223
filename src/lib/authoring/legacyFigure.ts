import type {Expression, Program} from 'estree';
import type {Nodes} from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';

/** A JSX element of a post, in a block or inside a paragraph. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What a legacy figure becomes: the parts of its `<Figure>`. */
export interface FigurePlan {
  /** The element whose text is replaced: the `<img>`, or the wrapper around it. */
  element: JsxElement;
  /** `src={name}` or `src="./asset/x.png"`, as the author wrote it when possible. */
  src: string;
  /** The author's own alt attribute, word for word, when it says something. */
  alt?: string;
  /** Display width in CSS pixels. */
  width?: number;
}

/** A legacy figure read: a plan, or why it must stay as it is. */
export type FigureReading =
  {kind: 'figure'; plan: FigurePlan} | {kind: 'problem'; reason: string};

/** What reading a figure needs to know about the post around it. */
export interface FigureContext {
  /** Default imports of the post: local name → module specifier. */
  imports: ReadonlyMap<string, string>;
  /** The author's exact text of an attribute, e.g. `src={img0}`. */
  attributeText: (attribute: MdxJsxAttribute) => string;
}

/** Elements that wrap an image but have no `<Figure>` counterpart. */
export const UNCONVERTIBLE_ELEMENTS: ReadonlyMap<string, string> = new Map([
  [
    'video',
    'the current model has no video component; check that it plays on the built page',
  ],
  ['picture', 'a <picture> chooses between sources, which Figure cannot'],
  ['figure', 'an HTML <figure> is written by hand; rewrite it as <Figure>'],
]);

const HOW_TO = 'convert it by hand to <Figure src={…} alt="…" width={…} />';

/**
 * Reads `<div style={{textAlign: 'center'}}><img … /></div>`, the author's
 * legacy figure (or the same with `<p align="center">` or `<center>`).
 * Anything more in it (a caption, a second image, other styles) cannot become
 * a single Figure without losing something.
 */
export function readWrapper(
  wrapper: JsxElement,
  context: FigureContext,
): FigureReading {
  for (const attribute of wrapper.attributes) {
    if (!isCentering(attribute)) {
      const shown =
        attribute.type === 'mdxJsxAttribute'
          ? context.attributeText(attribute)
          : `{${attribute.value}}`;
      return problem(`it has ${shown}, which Figure cannot express; ${HOW_TO}`);
    }
  }
  const image = onlyImage(wrapper.children);
  if (!image) {
    return problem(
      `it holds more than the image (a caption, text or other elements); ${HOW_TO} (a caption goes in caption="…") and keep the rest beside it`,
    );
  }
  const reading = readImage(image, context);
  return reading.kind === 'figure'
    ? {kind: 'figure', plan: {...reading.plan, element: wrapper}}
    : reading;
}

/**
 * Reads a legacy `<img>`: its source (an imported name, a path beside the
 * post, a `require(…)` or an https URL), its alt text and its pixel width from
 * `width` or `style`. Any other attribute would be lost, so it is a problem.
 */
export function readImage(
  img: JsxElement,
  context: FigureContext,
): FigureReading {
  if (img.children.length > 0) {
    return problem(`it has content inside it; ${HOW_TO}`);
  }
  let src: string | undefined;
  let alt: string | undefined;
  const widths: number[] = [];
  for (const attribute of img.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      return problem(
        `it spreads {${attribute.value}}, which cannot be read; ${HOW_TO}`,
      );
    }
    const text = context.attributeText(attribute);
    const {name, value} = attribute;
    if (name === 'src') {
      const reading = readSource(attribute, context);
      if (typeof reading !== 'string') return reading;
      src = reading;
    } else if (name === 'alt') {
      const empty =
        value === null ||
        value === undefined ||
        (typeof value === 'string' && value.trim() === '');
      if (!empty) alt = text;
    } else if (name === 'width') {
      const width =
        typeof value === 'string'
          ? pixels(value)
          : pixels(literalOf(expressionOf(value?.data?.estree)));
      if (width === undefined) {
        return problem(
          `${text} is not a width in pixels, which is all Figure takes; ${HOW_TO}`,
        );
      }
      widths.push(width);
    } else if (name === 'style') {
      const style = readStyle(attribute, text);
      if (typeof style === 'object' && 'kind' in style) return style;
      if (style.width !== undefined) widths.push(style.width);
    } else if (name === 'height' && value === 'auto') {
      // The browser's default; Figure keeps the proportions anyway.
    } else if (name === 'loading' || name === 'decoding') {
      // Figure loads lazily and decodes asynchronously already.
    } else {
      return problem(
        `${text} has no Figure equivalent and would be lost; ${HOW_TO}`,
      );
    }
  }
  if (src === undefined) {
    return problem('it has no src; add one or remove the image');
  }
  if (new Set(widths).size > 1) {
    return problem(
      `it gives two different widths (${widths.join(' and ')}); keep one and run again`,
    );
  }
  const width = widths[0];
  return {
    kind: 'figure',
    plan: {
      element: img,
      src,
      ...(alt !== undefined && {alt}),
      ...(width !== undefined && {width}),
    },
  };
}

function readSource(
  attribute: MdxJsxAttribute,
  context: FigureContext,
): string | Extract<FigureReading, {kind: 'problem'}> {
  const text = context.attributeText(attribute);
  const {value} = attribute;
  if (value === null || value === undefined) {
    return problem('its src is empty; give it the image');
  }
  if (typeof value === 'string') {
    return isUsablePath(value)
      ? text
      : problem(
          `${text} is neither beside the post nor an https:// URL, so the build cannot find it; move the image to ./asset/ and write src="./asset/name.png"`,
        );
  }
  const expression = expressionOf(value.data?.estree);
  if (expression?.type === 'Identifier') {
    const specifier = context.imports.get(expression.name);
    if (specifier === undefined) {
      return problem(
        `${text} is not an image imported in this post; import it (import ${expression.name} from './asset/name.png') and run again`,
      );
    }
    return isRelative(specifier)
      ? text
      : problem(
          `${text} is imported from '${specifier}', which is not beside the post; move the image to ./asset/ and import it from there`,
        );
  }
  const required = requiredPath(expression);
  if (required !== undefined && isRelative(required)) {
    return `src=${JSON.stringify(required)}`;
  }
  return problem(
    `${text} is an expression the migration cannot read; import the image and write src={name}, or write src="./asset/name.png"`,
  );
}

/** `require('./asset/x.png')` or `require('./asset/x.png').default`. */
function requiredPath(expression: Expression | null): string | undefined {
  let call = expression;
  if (
    call?.type === 'MemberExpression' &&
    !call.computed &&
    call.property.type === 'Identifier' &&
    call.property.name === 'default'
  ) {
    call = call.object as Expression;
  }
  if (
    call?.type === 'CallExpression' &&
    call.callee.type === 'Identifier' &&
    call.callee.name === 'require' &&
    call.arguments.length === 1
  ) {
    const value = literalOf(call.arguments[0] as Expression);
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

function readStyle(
  attribute: MdxJsxAttribute,
  text: string,
): {width?: number} | Extract<FigureReading, {kind: 'problem'}> {
  const properties = styleProperties(attribute);
  if (!properties) {
    return problem(`${text} cannot be read; ${HOW_TO}`);
  }
  let width: number | undefined;
  for (const [key, value] of properties) {
    if (key === 'width' && pixels(value) !== undefined) {
      width = pixels(value);
    } else if (
      (key === 'maxWidth' && value === '100%') ||
      (key === 'height' && value === 'auto')
    ) {
      // Figure never grows wider than the column and keeps proportions.
    } else {
      return problem(
        `style ${key}: ${JSON.stringify(value)} has no Figure equivalent and would be lost; ${HOW_TO}`,
      );
    }
  }
  return width === undefined ? {} : {width};
}

/** The entries of `style={{key: literal, …}}`, or `undefined` if unreadable. */
function styleProperties(
  attribute: MdxJsxAttribute,
): [string, string | number][] | undefined {
  const {value} = attribute;
  if (value === null || value === undefined || typeof value === 'string') {
    return undefined;
  }
  const expression = expressionOf(value.data?.estree);
  if (expression?.type !== 'ObjectExpression') return undefined;
  const entries: [string, string | number][] = [];
  for (const property of expression.properties) {
    if (property.type !== 'Property' || property.computed) return undefined;
    const key =
      property.key.type === 'Identifier'
        ? property.key.name
        : literalOf(property.key as Expression);
    const literal = literalOf(property.value as Expression);
    if (typeof key !== 'string' || literal === undefined) return undefined;
    entries.push([key, literal]);
  }
  return entries;
}

function isCentering(attribute: JsxElement['attributes'][number]): boolean {
  if (attribute.type !== 'mdxJsxAttribute') return false;
  if (attribute.name === 'align') return attribute.value === 'center';
  if (attribute.name !== 'style') return false;
  const properties = styleProperties(attribute);
  // Figure is always centred, so centring is the one style it already has.
  return (
    properties !== undefined &&
    properties.every(
      ([key, value]) => key === 'textAlign' && value === 'center',
    )
  );
}

/** The single `<img>` of a div's content, ignoring whitespace. */
function onlyImage(children: readonly Nodes[]): JsxElement | undefined {
  const meaningful = children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const [only] = meaningful;
  if (meaningful.length !== 1 || !only) return undefined;
  if (only.type === 'paragraph') return onlyImage(only.children);
  return isJsx(only) && only.name === 'img' ? only : undefined;
}

/** Whether a node is a JSX element of the post. */
export function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function expressionOf(program: Program | null | undefined): Expression | null {
  const statement = program?.body[0];
  return program?.body.length === 1 && statement?.type === 'ExpressionStatement'
    ? statement.expression
    : null;
}

function literalOf(expression: Expression | null): string | number | undefined {
  if (expression?.type === 'Literal') {
    const {value} = expression;
    return typeof value === 'string' || typeof value === 'number'
      ? value
      : undefined;
  }
  if (
    expression?.type === 'TemplateLiteral' &&
    expression.expressions.length === 0
  ) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** `500`, `'500'` and `'500px'` are 500 pixels; `'80%'` is not in pixels. */
function pixels(value: string | number | undefined): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' &&
          /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/.test(value)
        ? Number.parseFloat(value)
        : undefined;
  return number !== undefined && Number.isFinite(number) && number > 0
    ? number
    : undefined;
}

function isUsablePath(value: string): boolean {
  if (/^https?:\/\//i.test(value)) return true;
  // What remarkFigure accepts: a path relative to the post.
  return (
    value.trim() !== '' &&
    !/^[a-z][a-z\d+.-]*:/i.test(value) &&
    !value.startsWith('/')
  );
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

function problem(reason: string): Extract<FigureReading, {kind: 'problem'}> {
  return {kind: 'problem', reason};
}
