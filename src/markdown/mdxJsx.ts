import {valueToEstree} from 'estree-util-value-to-estree';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {RootContent} from 'mdast';

type AttributeValue = string | number | boolean | readonly unknown[] | object;

/**
 * A JSX element for the MDX tree, `<Name a="x" b={[1]}>…</Name>`; attributes
 * that are `undefined` are left out. Non-string values become expressions.
 */
export function jsxElement(
  name: string,
  attributes: Record<string, AttributeValue | undefined>,
  children: RootContent[] = [],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes)
      .filter(
        (entry): entry is [string, AttributeValue] => entry[1] !== undefined,
      )
      .map(([attributeName, value]) => jsxAttribute(attributeName, value)),
    children: children as MdxJsxFlowElement['children'],
  };
}

/** One JSX attribute; strings stay literal, anything else is an expression. */
export function jsxAttribute(
  name: string,
  value: AttributeValue,
): MdxJsxAttribute {
  if (typeof value === 'string') {
    return {type: 'mdxJsxAttribute', name, value};
  }
  const expression = valueToEstree(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression}],
        },
      },
    },
  };
}
