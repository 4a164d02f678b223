/**
 * Filtering the papers list as the reader types. Pure and browser-safe, so
 * the page and the tests share it.
 */

/** Folds text for matching: NFKC (full-width letters, composed Hangul) and lower case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The searchable text of a paper: title, sub-title, arXiv id, excerpt and
 * its organisations by every name (`names`: an organisation's id → its
 * full name and the other spellings authors use, such as "shaomi").
 */
export function paperHaystack(
  paper: {
    title: string;
    subtitle?: string;
    arxivId?: string;
    orgs: readonly {id?: string; name: string}[];
    excerpt?: string;
  },
  names: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  return foldForSearch(
    [
      paper.title,
      paper.subtitle,
      paper.arxivId,
      ...paper.orgs.flatMap((org) => [
        org.name,
        ...(org.id ? [org.id, ...(names.get(org.id) ?? [])] : []),
      ]),
      paper.excerpt,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** The words of a query; a paper matches when its text contains every word. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Whether a paper's haystack holds every term. */
export function matchesTerms(
  haystack: string,
  terms: readonly string[],
): boolean {
  return terms.every((term) => haystack.includes(term));
}
