import {visit} from 'unist-util-visit';
import {orgLabel} from '../data/orgs';
import {failAt} from './failAt';
import {jsxAttribute} from './mdxJsx';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';

/**
 * Resolves `<OrgTag tag="…" />` written in a post through the organisation
 * registry at build time, so that the registry never ships to the browser:
 * the component receives the label (`id`, `name`, `fullName`, `color`).
 * Runs with the other `beforeDefaultRemarkPlugins`; order does not matter.
 */
export default function remarkOrgTags() {
  return (tree: Root, file: VFile): void => {
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
      if (!tag || typeof tag.value !== 'string' || !tag.value.trim()) {
        failAt(
          file,
          node,
          {ruleId: 'org-tag', source: 'remark-org-tags'},
          '<OrgTag> needs a tag written as text, e.g. <OrgTag tag="google" />',
        );
      }
      const label = orgLabel(tag.value as string);
      node.attributes = [
        ...node.attributes.filter((attribute) => attribute !== tag),
        ...Object.entries(label).map(([name, value]) =>
          jsxAttribute(name, value),
        ),
      ];
    });
  };
}
