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

/** The address of a post's previews: `/docs/a/b` → `/previews/docs/a/b.json`. */
export function previewPath(baseUrl: string, postPath: string): string {
  const relative = postPath.startsWith(baseUrl)
    ? postPath.slice(baseUrl.length)
    : postPath.replace(/^\//, '');
  return `${baseUrl}${PREVIEWS_FOLDER}/${relative.replace(/\/$/, '')}.json`;
}
