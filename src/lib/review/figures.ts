import type {Expression, Program} from 'estree';
import {attribute, type JsxElement} from './jsx';

/** Where a Figure's image comes from, or why that cannot be told. */
export type FigureSource =
  | {kind: 'remote'}
  | {kind: 'local'; specifier: string}
  | {kind: 'invalid'; message: string; fix: string};

/**
 * What a `<Figure src>` names: an https URL (which the `asset-remote` rule
 * rejects: pages load images from the site only), a file beside the post
 * (`"./asset/x.png"`, or `{x}` imported from one), or nothing usable.
 * `imageImports` maps the post's default-import names to their specifiers.
 */
export function figureSource(
  figure: JsxElement,
  imageImports: ReadonlyMap<string, string>,
): FigureSource {
  const src = attribute(figure, 'src');
  if (!src || src.value === null || src.value === undefined) {
    return {
      kind: 'invalid',
      message: 'Figure needs a src',
      fix: 'write src="./asset/name.png", or import the image and pass src={name}',
    };
  }
  if (typeof src.value === 'string') {
    const value = src.value;
    if (/^https?:\/\//i.test(value)) {
      return {kind: 'remote'};
    }
    if (
      value === '' ||
      /^[a-z][a-z\d+.-]*:/i.test(value) ||
      value.startsWith('/')
    ) {
      return {
        kind: 'invalid',
        message: `Figure src "${value}" is not a path relative to the post`,
        fix: 'put the image in ./asset/ beside the post and write src="./asset/name.png"',
      };
    }
    // A bare `asset/x.png` would be a package name to webpack.
    return {
      kind: 'local',
      specifier: /^\.\.?\//.test(value) ? value : `./${value}`,
    };
  }
  const expression = expressionOf(src.value.data?.estree);
  const shown = src.value.value.trim();
  const name = expression?.type === 'Identifier' ? expression.name : undefined;
  const specifier = name === undefined ? undefined : imageImports.get(name);
  if (specifier === undefined) {
    return {
      kind: 'invalid',
      message: `Figure src={${shown}} is not an image imported in this post`,
      fix: `import it (import ${name ?? 'image'} from './asset/name.png') or write src="./asset/name.png"`,
    };
  }
  if (!/^\.\.?\//.test(specifier)) {
    return {
      kind: 'invalid',
      message: `Figure src={${shown}} is imported from '${specifier}', which is not relative to the post`,
      fix: "put the image in ./asset/ and import it from './asset/name.png'",
    };
  }
  return {kind: 'local', specifier};
}

/** True when an element's `alt` is not literally missing or blank. */
export function hasAltText(element: JsxElement): boolean {
  const alt = attribute(element, 'alt');
  // An expression may well yield text; only literal emptiness is certain.
  return Boolean(
    alt &&
    alt.value !== null &&
    alt.value !== undefined &&
    (typeof alt.value !== 'string' || alt.value.trim() !== ''),
  );
}

function expressionOf(program: Program | null | undefined): Expression | null {
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement'
    ? statement.expression
    : null;
}
