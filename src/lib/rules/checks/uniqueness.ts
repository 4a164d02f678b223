import {frontMatterKey} from '../frontMatterPlaces';
import type {LintPost, Report, Site} from '../types';

/**
 * No two posts share a document id or a URL, and no post takes the URL of
 * another page: Docusaurus would serve one and hide the other.
 */
export function checkUniqueness(site: Site, report: Report): void {
  const targets = new Set(site.targets);
  const byUrl = groupBy(site.posts, (post) => post.url);
  const byId = groupBy(site.posts, (post) => post.docId);
  for (const [url, posts] of byUrl) {
    const other = site.pages.get(url);
    const page = other && (other.file ?? `the page ${url}`);
    if (posts.length < 2 && !page) {
      continue;
    }
    for (const post of posts.filter((item) => targets.has(item))) {
      const others = [
        ...posts.filter((item) => item !== post).map((item) => item.file),
        ...(page ? [page] : []),
      ];
      const key = overridingKey(post);
      report({
        rule: 'duplicate-url',
        file: post.file,
        ...(key ? frontMatterKey(post, key) : {}),
        message: `${url} is also the URL of ${others.join(', ')}; one would hide the other`,
        fix: key
          ? `remove \`${key}\` so the post keeps its date URL`
          : `remove the \`slug\` or \`id\` of ${others.join(', ')} that takes this URL`,
      });
    }
  }
  for (const [docId, posts] of byId) {
    if (posts.length < 2) {
      continue;
    }
    for (const post of posts.filter((item) => targets.has(item))) {
      const others = posts.filter((item) => item !== post);
      report({
        rule: 'duplicate-id',
        file: post.file,
        ...(typeof post.data.id === 'string' ? frontMatterKey(post, 'id') : {}),
        message: `document id ${docId} is also the id of ${others.map((item) => item.file).join(', ')}`,
        fix: 'remove the front-matter `id`: the file name is a unique id already',
      });
    }
  }
}

function overridingKey(post: LintPost): 'slug' | 'id' | undefined {
  return typeof post.data.slug === 'string'
    ? 'slug'
    : typeof post.data.id === 'string'
      ? 'id'
      : undefined;
}

function groupBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) {
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
  }
  return groups;
}
