import {stringAttribute} from '../../review/jsx';
import {pointOf} from '../mdxNodes';
import {checkLink} from '../routes';
import type {Report, Site} from '../types';

/** JSX elements that link, and the attributes holding their target. */
const LINKING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  Link: ['to', 'href'],
};

/**
 * Internal links go to a page the site has and to an anchor that page has:
 * raw `<a href>` and `<Link to>`, which the build never checks, and Markdown
 * links, checked here before a build that takes minutes.
 */
export function checkLinks(site: Site, report: Report): void {
  for (const post of site.targets) {
    const targets = post.nodes.links.map((node) => ({
      href: node.url,
      point: pointOf(node),
    }));
    for (const element of post.nodes.jsxElements) {
      for (const name of LINKING_ATTRIBUTES[element.name ?? ''] ?? []) {
        const href = stringAttribute(element, name);
        if (href !== undefined) {
          targets.push({href, point: pointOf(element)});
        }
      }
    }
    for (const {href, point} of targets) {
      const result = checkLink(href, post, site);
      if (result.ok) {
        continue;
      }
      if (result.problem === 'route') {
        report({
          rule: 'link-route',
          file: post.file,
          ...point,
          message: `link to ${href} goes to no page of the site`,
          fix: result.suggestion
            ? `did you mean ${result.suggestion}?`
            : 'link to an existing post as /docs/papers/yYYYY/<mon>/YYYYMMDD',
        });
      } else {
        report({
          rule: 'link-anchor',
          file: post.file,
          ...point,
          message: `${result.target} has no anchor #${result.anchor}`,
          fix: result.suggestion
            ? `did you mean #${result.suggestion}?`
            : 'link to a heading id of that page, or to a paper as #arxiv-<id>',
        });
      }
    }
  }
}
