/**
 * A paper's page as the build writes it and the browser reads it. There is
 * one client route for every paper (`/papers/:paperSlug`), so that thousands
 * of papers add nothing to the route table every page downloads; the build
 * writes each paper's HTML from the route's one rendered template, and its
 * data at `paper-pages/<slug>.json` for navigation inside the site.
 * Shared by Node and the browser, so it imports nothing.
 */

/** The route of every paper page. */
export const PAPER_PAGE_ROUTE = '/papers/:paperSlug';

/** Where the build writes each page's data, under the site's base URL. */
export const PAPER_PAGES_FOLDER = 'paper-pages';

/** The id of the element that carries a built page's data, for hydration. */
export const PAPER_PAGE_DATA_ID = 'paper-page-data';

/**
 * What the template is rendered with, replaced per paper by the build.
 * Each holds spaces, so that minified HTML keeps the attributes that carry
 * them quoted.
 */
export const PAPER_PAGE_TOKENS = {
  title: 'PAPER PAGE TITLE',
  description: 'PAPER PAGE DESCRIPTION',
  header: 'PAPER PAGE HEADER',
  body: 'PAPER PAGE BODY',
} as const;

/** One paper's page. */
export interface PaperPageData {
  /** The last segment of its path: the arXiv id, or a stable hash. */
  slug: string;
  /** The full title, with the sub-title. */
  title: string;
  description: string;
  bibtex: string;
  /** HTML of the title, organisations and links; escaped by the build. */
  header: string;
  /** HTML of the reviews, the posts that mention it and its BibTeX. */
  body: string;
}

/** The address of a paper page's data. */
export function paperPageDataPath(baseUrl: string, slug: string): string {
  return `${baseUrl}${PAPER_PAGES_FOLDER}/${encodeURIComponent(slug)}.json`;
}
