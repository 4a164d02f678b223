/**
 * The contract between the search index written after a build and the
 * search UI that reads it: which records exist, their metadata and filters.
 * Shared by Node and the browser, so it imports nothing.
 */

/** A paper section, a whole review post, or a blog post. */
export type RecordKind = 'paper' | 'review' | 'blog';

/** What the UI calls each kind of record. */
export const KIND_LABELS: Readonly<Record<RecordKind, string>> = {
  paper: '논문',
  review: '리뷰',
  blog: '블로그',
};

/** Names of the index's filters. */
export const FILTER_NAMES = ['kind', 'org', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * The metadata of a record. Pagefind stores metadata as strings, so lists
 * are joined with {@link LIST_SEPARATOR}.
 */
export interface RecordMeta {
  kind: RecordKind;
  title: string;
  /** `YYYY-MM-DD`: the review's date, or the blog post's. */
  date: string;
  /** A paper's sub-title. */
  subtitle?: string;
  /** A paper's organisation tags as written, joined. */
  orgs?: string;
  /** The title of the review a paper is in. */
  post?: string;
}

/** Joins list values inside one metadata string. */
export const LIST_SEPARATOR = '\n';

/**
 * The folder, below the site root, that holds the index and Pagefind's
 * search runtime (`pagefind.js`).
 */
export const INDEX_FOLDER = 'pagefind';

/**
 * Text as the index and a query both read it: a bracket written against a
 * Latin word ("Replay(R3)") starts a word of its own, since Pagefind would
 * otherwise index "replayr3" and find nothing for "R3". Applied to record
 * contents when the index is written and to every query.
 */
export function separateBrackets(text: string): string {
  return text.replace(/([A-Za-z0-9])([([{])/g, '$1 $2');
}
