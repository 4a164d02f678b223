import {createSlugger} from '@docusaurus/utils';
import {closestOrgId, resolveOrg, type ResolvedOrg} from '../../../data/orgs';
import {headingText, paperFrontMatter} from '../../review';
import {stringAttribute} from '../../review/jsx';
import {pointOf} from '../mdxNodes';
import type {LintPost, Report} from '../types';

/**
 * Organisation tags of papers (in headings, or `orgs:` of a single-paper
 * review) name an organisation of the registry, by its id; an alias
 * resolves but is worth writing as the id.
 */
export function checkOrgs(post: LintPost, report: Report): void {
  const named = post.tree && paperFrontMatter(post.tree);
  for (const {tag, point} of named ? named.orgs : []) {
    const where = {file: post.file, ...point};
    const known = resolveOrg(tag);
    if (!known) {
      reportUnknown(tag, where, report);
    } else if (tag !== known.id) {
      // Front-matter tags are part of no anchor.
      report({
        rule: 'org-alias',
        ...where,
        message: aliasMessage(tag, known),
        fix: `write ${known.id} in orgs:`,
      });
    }
  }
  for (const {heading, headingAnchor, paper, frontMatter} of post.sections) {
    if (frontMatter) continue;
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
        reportUnknown(tag, where, report);
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
          message: aliasMessage(tag, known),
          fix: keepsAnchor
            ? `write \`${known.id}\` (the heading's anchor stays #${paper.id})`
            : `write \`${known.id}\`; the tag is part of the heading's anchor, so in a published post end the heading with {/* #${paper.id} */} to keep #${paper.id}`,
        });
      }
    }
  }
  for (const element of post.nodes.jsxElements) {
    if (element.name !== 'OrgTag') continue;
    const where = {file: post.file, ...pointOf(element)};
    const tag = stringAttribute(element, 'tag')?.trim();
    if (!tag) {
      report({
        rule: 'unknown-org',
        ...where,
        message: '<OrgTag> names no organisation',
        fix: 'write the tag as text, e.g. <OrgTag tag="google" />',
      });
    } else if (!resolveOrg(tag)) {
      reportUnknown(tag, where, report);
    }
  }
}

function aliasMessage(tag: string, known: ResolvedOrg): string {
  return `"${tag}" is a spelling of the organisation "${known.id}" (${known.org.name})`;
}

function reportUnknown(
  tag: string,
  where: {file: string; line: number; column: number},
  report: Report,
): void {
  const guess = closestOrgId(tag);
  report({
    rule: 'unknown-org',
    ...where,
    message: `unknown organisation "${tag}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
    fix: guess
      ? `write \`${guess}\`, or add "${tag}" to src/data/orgs.ts as an alias or a new organisation`
      : `add it to src/data/orgs.ts (id, name, url, color), or fix the spelling`,
  });
}
