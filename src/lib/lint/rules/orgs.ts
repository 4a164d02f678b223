import {createSlugger} from '@docusaurus/utils';
import {closestOrgId, resolveOrg} from '../../../data/orgs';
import {headingText} from '../../review';
import {pointOf} from '../mdxNodes';
import type {Report, Site} from '../types';

/**
 * Organisation tags of papers name an organisation of the registry, by its
 * id; an alias resolves but is worth writing as the id.
 */
export function checkOrgs(site: Site, report: Report): void {
  for (const post of site.targets) {
    for (const {heading, headingAnchor, paper} of post.sections) {
      const linkIndex = heading.children.findIndex(
        (child) => child.type === 'link',
      );
      for (const child of heading.children.slice(linkIndex + 1)) {
        if (child.type !== 'inlineCode' || !child.value.trim()) {
          continue;
        }
        const tag = child.value.trim();
        const where = {file: post.file, ...pointOf(child)};
        const known = resolveOrg(tag);
        if (!known) {
          const guess = closestOrgId(tag);
          report({
            rule: 'unknown-org',
            ...where,
            message: `unknown organisation "${tag}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
            fix: guess
              ? `write \`${guess}\`, or add "${tag}" to src/data/orgs.ts as an alias or a new organisation`
              : `add it to src/data/orgs.ts (id, name, url, color), or fix the spelling`,
          });
        } else if (tag !== known.id) {
          const keepsAnchor =
            headingAnchor.explicit ||
            createSlugger().slug(
              headingText({
                ...heading,
                children: heading.children.map((item) =>
                  item === child ? {...child, value: known.id} : item,
                ),
              }),
            ) === paper.id;
          report({
            rule: 'org-alias',
            ...where,
            message: `"${tag}" is a spelling of the organisation "${known.id}" (${known.org.name})`,
            fix: keepsAnchor
              ? `write \`${known.id}\` (the heading's anchor stays #${paper.id})`
              : `write \`${known.id}\`; the tag is part of the heading's anchor, so in a published post end the heading with {/* #${paper.id} */} to keep #${paper.id}`,
          });
        }
      }
    }
  }
}
