import {visit} from 'unist-util-visit';
import {orgLabel} from '../data/orgs';
import {jsxAttribute} from './mdxJsx';
import type {Root} from 'mdast';

/**
 * Resolves `<OrgTag tag="…" />` written in a post through the organisation
 * registry at build time, so that the registry never ships to the browser:
 * the component receives the label (`id`, `name`, `fullName`, `color`).
 * Runs with the other `beforeDefaultRemarkPlugins`; order does not matter.
 */
export default function remarkOrgTags() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (
        (node.type !== 'mdxJsxFlowElement' &&
          node.type !== 'mdxJsxTextElement') ||
        node.name !== 'OrgTag'
      ) {
        return;
      }
      const tag = node.attributes.find(
        (attribute) =>
          attribute.type === 'mdxJsxAttribute' && attribute.name === 'tag',
      );
      // A missing or computed tag is the content rules' to report.
      if (!tag || typeof tag.value !== 'string') return;
      const label = orgLabel(tag.value);
      node.attributes = [
        ...node.attributes.filter((attribute) => attribute !== tag),
        ...Object.entries(label).map(([name, value]) =>
          jsxAttribute(name, value),
        ),
      ];
    });
  };
}
