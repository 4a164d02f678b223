import type {
  MdxJsxAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx';

/** A JSX element written in a post, as a block or inside a paragraph. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A named attribute of a JSX element, if written. */
export function attribute(
  element: JsxElement,
  name: string,
): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (item): item is MdxJsxAttribute =>
      item.type === 'mdxJsxAttribute' && item.name === name,
  );
}

/** The literal text of an attribute, or `undefined` for `{…}` and absence. */
export function stringAttribute(
  element: JsxElement,
  name: string,
): string | undefined {
  const value = attribute(element, name)?.value;
  return typeof value === 'string' ? value : undefined;
}
