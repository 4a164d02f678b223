import {imageImportProblem, importStatements} from '../../review/imports';
import {estreePoint, pointOf, type JsxElement} from '../mdxNodes';
import type {RuleId} from '../registry';
import type {LintPost, Report} from '../types';
import type {Expression, Node as EstreeNode, ObjectExpression} from 'estree';
import type {MdxJsxAttribute} from 'mdast-util-mdx';

type Point = {line: number; column: number};

/** Attributes every allowed element may carry. */
const COMMON_ATTRIBUTES = ['title', 'lang'] as const;

/**
 * What a post may write as JSX, by element: the site's components and a
 * short list of harmless HTML, each with the attributes it may carry.
 * Attribute values are literal; `src` may also name an imported image.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  // The site's components, registered in src/theme/MDXComponents.tsx.
  Figure: ['src', 'alt', 'width', 'caption'],
  OrgTag: ['tag'],
  PaperCard: ['headingId', 'alias'],
  // Harmless HTML.
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: [],
  br: [],
  center: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  details: ['open'],
  div: ['align', 'style'],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'style'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: ['align'],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['align', 'colSpan', 'rowSpan'],
  th: ['align', 'colSpan', 'rowSpan'],
  thead: [],
  tr: [],
  u: [],
  ul: [],
};

/**
 * The inline styles of the legacy centred figure
 * (`<div style={{textAlign: 'center'}}><img style={{width: 500}} /></div>`),
 * the only styles a post may write.
 */
const LEGACY_STYLES: Readonly<
  Record<string, Readonly<Record<string, (value: unknown) => boolean>>>
> = {
  div: {textAlign: (value) => value === 'center'},
  img: {
    width: (value) =>
      (typeof value === 'number' && value > 0) ||
      (typeof value === 'string' && /^\d+(?:\.\d+)?(?:px|%)$/.test(value)),
  },
};

/** Attributes whose value is a URL the reader's browser opens or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** Schemes a link or image may use; anything else could run code or mislead. */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

const FRAME_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed']);

const FIX_ELEMENT = `use Markdown, or one of the allowed elements: ${Object.keys(ALLOWED_ELEMENTS).join(', ')}`;

/**
 * A post holds content, not programs: only the elements, attributes,
 * imports and URL schemes listed here compile. Everything else (scripts,
 * event handlers, styles, exports, computed values) is reported with a fix.
 */
export function checkAllowlist(post: LintPost, report: Report): void {
  const say = (rule: RuleId, point: Point, message: string, fix: string) =>
    report({rule, file: post.file, ...point, message, fix});
  const images = new Set<string>();
  for (const esm of post.nodes.esm) {
    for (const statement of importStatements(esm)) {
      const point = estreePoint(statement);
      if (statement.type !== 'ImportDeclaration') {
        say(
          'unsafe-export',
          point,
          'a post exports JavaScript, which can change the page or the site around it',
          "remove the export; front matter holds a post's data",
        );
        continue;
      }
      const problem = imageImportProblem(statement);
      if (problem) {
        say('unsafe-import', point, problem, IMPORT_FIX);
      } else {
        images.add(statement.specifiers[0]!.local.name);
      }
    }
  }
  for (const node of post.nodes.html) {
    say(
      'unsafe-html',
      pointOf(node),
      'raw HTML in a Markdown file is copied into the page unchecked',
      'rename the file to .mdx and use Markdown or the allowed elements',
    );
  }
  for (const element of post.nodes.jsxElements) {
    checkElement(element, images, say);
  }
  for (const node of [...post.nodes.links, ...post.nodes.images]) {
    checkUrl(node.url, pointOf(node), say);
  }
}

const IMPORT_FIX =
  "posts import only images from beside them: import name from './asset/name.png'";

type Say = (rule: RuleId, point: Point, message: string, fix: string) => void;

function checkElement(
  element: JsxElement,
  images: ReadonlySet<string>,
  say: Say,
): void {
  const name = element.name;
  const point = pointOf(element);
  // A fragment `<>…</>` adds nothing; `<한계` is reported as a hazard.
  if (name === null || /[^\x20-\x7e]/.test(name)) {
    return;
  }
  const allowed = Object.hasOwn(ALLOWED_ELEMENTS, name)
    ? ALLOWED_ELEMENTS[name]
    : undefined;
  if (!allowed) {
    const tag = name.toLowerCase();
    if (tag === 'script') {
      say(
        'unsafe-script',
        point,
        `<${name}> would run code in every reader's browser`,
        'remove it; show code in a ``` code block instead',
      );
    } else if (FRAME_TAGS.has(tag)) {
      say(
        'unsafe-iframe',
        point,
        `<${name}> embeds another site into the page`,
        'link to it instead: [title](https://…)',
      );
    } else {
      say(
        'unsafe-element',
        point,
        `<${name}> is not an element posts may use`,
        FIX_ELEMENT,
      );
    }
    return;
  }
  for (const item of element.attributes) {
    if (item.type === 'mdxJsxExpressionAttribute') {
      say(
        'unsafe-attribute',
        pointOf(item),
        `{${shorten(item.value)}} spreads computed attributes onto <${name}>`,
        'write each attribute as name="text"',
      );
      continue;
    }
    checkAttribute(name, allowed, item, images, say);
  }
}

function checkAttribute(
  element: string,
  allowed: readonly string[],
  attribute: MdxJsxAttribute,
  images: ReadonlySet<string>,
  say: Say,
): void {
  const {name, value} = attribute;
  const point = pointOf(attribute);
  if (name === 'dangerouslySetInnerHTML') {
    say(
      'unsafe-inner-html',
      point,
      'dangerouslySetInnerHTML copies raw HTML into the page unchecked',
      'write the content as Markdown instead',
    );
    return;
  }
  if (/^on./i.test(name)) {
    say(
      'unsafe-event-handler',
      point,
      `the ${name} attribute runs code when the reader interacts with the page`,
      'remove it; posts hold no behaviour',
    );
    return;
  }
  if (
    !allowed.includes(name) &&
    !(COMMON_ATTRIBUTES as readonly string[]).includes(name)
  ) {
    const permitted = [...allowed, ...COMMON_ATTRIBUTES].filter(
      (item) => item !== 'style',
    );
    say(
      'unsafe-attribute',
      point,
      `${name} is not an attribute posts may use on <${element}>`,
      `remove it; <${element}> takes ${permitted.join(', ')}`,
    );
    return;
  }
  if (element === 'Figure' && name === 'src') {
    // What a Figure's src may be is the figure rule's (figure-src).
    return;
  }
  if (value === null || value === undefined || typeof value === 'string') {
    if (typeof value === 'string' && URL_ATTRIBUTES.has(name)) {
      checkUrl(value, point, say);
    }
    return;
  }
  const expression = singleExpression(value.data?.estree?.body);
  if (name === 'style') {
    if (!isLegacyStyle(element, expression)) {
      say(
        'unsafe-attribute',
        point,
        `style={${shorten(value.value)}} can restyle or cover the page`,
        element === 'div'
          ? "remove it; only the centred figure's style={{textAlign: 'center'}} is allowed, and <Figure> is centred already"
          : 'remove it; only style={{width: 500}} is allowed on <img>, and <Figure width={500}> is better',
      );
    }
    return;
  }
  if (literalValue(expression) !== undefined) {
    const literal = literalValue(expression);
    if (typeof literal === 'string' && URL_ATTRIBUTES.has(name)) {
      checkUrl(literal, point, say);
    }
    return;
  }
  if (
    name === 'src' &&
    expression?.type === 'Identifier' &&
    images.has(expression.name)
  ) {
    return;
  }
  say(
    'unsafe-expression',
    point,
    `${name}={${shorten(value.value)}} is computed when the page runs; posts hold literal values only`,
    name === 'src'
      ? 'import the image (import name from \'./asset/name.png\') and write src={name}, or write src="./asset/name.png"'
      : `write ${name}="text" or ${name}={500}`,
  );
}

function singleExpression(
  body: readonly EstreeNode[] | undefined,
): Expression | undefined {
  const [statement] = body ?? [];
  return body?.length === 1 && statement?.type === 'ExpressionStatement'
    ? statement.expression
    : undefined;
}

/** The value of a literal (`'a'`, `` `a` ``, `5`, `-5`, `true`), else undefined. */
function literalValue(
  expression: Expression | undefined,
): string | number | boolean | undefined {
  if (!expression) return undefined;
  if (expression.type === 'Literal') {
    const {value} = expression;
    return typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
      ? value
      : undefined;
  }
  if (
    expression.type === 'TemplateLiteral' &&
    expression.expressions.length === 0
  ) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  if (
    expression.type === 'UnaryExpression' &&
    expression.operator === '-' &&
    expression.argument.type === 'Literal' &&
    typeof expression.argument.value === 'number'
  ) {
    return -expression.argument.value;
  }
  return undefined;
}

function isLegacyStyle(
  element: string,
  expression: Expression | undefined,
): boolean {
  const allowed = LEGACY_STYLES[element];
  if (!allowed || expression?.type !== 'ObjectExpression') return false;
  return (expression as ObjectExpression).properties.every((property) => {
    if (property.type !== 'Property' || property.computed) return false;
    const key =
      property.key.type === 'Identifier'
        ? property.key.name
        : property.key.type === 'Literal'
          ? String(property.key.value)
          : undefined;
    const test = key === undefined ? undefined : allowed[key];
    return (
      test !== undefined &&
      property.kind === 'init' &&
      test(literalValue(property.value as Expression))
    );
  });
}

function checkUrl(url: string, point: Point, say: Say): void {
  const scheme = /^([a-z][a-z\d+.-]*:)/i.exec(withoutControls(url))?.[1];
  if (scheme && !ALLOWED_SCHEMES.has(scheme.toLowerCase())) {
    say(
      'unsafe-url',
      point,
      `"${url.length > 40 ? `${url.slice(0, 37)}…` : url}" uses the ${scheme} scheme; posts link only with http(s), mailto or a path of this site`,
      'link to an https:// page or a page of this site',
    );
  }
}

// Browsers drop spaces and control characters before reading a scheme, so
// `java\tscript:` still runs.
function withoutControls(url: string): string {
  let kept = '';
  for (const character of url) {
    if (character.charCodeAt(0) > 0x20) {
      kept += character;
    }
  }
  return kept;
}

function shorten(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}
