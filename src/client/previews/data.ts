/**
 * The preview data of one post, written by the build at
 * `previews/<post URL>.json` and read by the previews in the browser.
 * Shared by Node and the browser, so it imports nothing.
 */

/** Where the build writes the previews, under the site's base URL. */
export const PREVIEWS_FOLDER = 'previews';

/** A paper as its preview shows it. */
export interface PaperPreview {
  title: string;
  subtitle?: string;
  /** Organisation names. */
  orgs: string[];
  excerpt?: string;
}

/** A post as its previews show it. */
export interface PostPreview {
  /** What the post is called (its title, or its date). */
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Its papers in order, by the id of their heading. */
  papers: (PaperPreview & {id: string})[];
  /** Alias anchors (`arxiv-2510.14901`) → the id of the paper's heading. */
  aliases: Record<string, string>;
}

/** What a link's path leads to that has a preview: a review or a paper's page. */
export function previewKind(
  baseUrl: string,
  pathname: string,
): {kind: 'post'} | {kind: 'paper'; slug: string} | undefined {
  if (!pathname.startsWith(baseUrl)) return undefined;
  const relative = pathname.slice(baseUrl.length);
  if (relative.startsWith('docs/papers/')) return {kind: 'post'};
  const slug = /^papers\/([^/]+)\/?$/.exec(relative)?.[1];
  return slug ? {kind: 'paper', slug: decodeURIComponent(slug)} : undefined;
}

/** The address of a post's previews: `/docs/a/b` → `/previews/docs/a/b.json`. */
export function previewPath(baseUrl: string, postPath: string): string {
  const relative = postPath.startsWith(baseUrl)
    ? postPath.slice(baseUrl.length)
    : postPath.replace(/^\//, '');
  return `${baseUrl}${PREVIEWS_FOLDER}/${relative.replace(/\/$/, '')}.json`;
}
