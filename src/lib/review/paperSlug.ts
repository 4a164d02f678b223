import {createHash} from 'node:crypto';
import {paperKey} from './papers';

/**
 * The last segment of a paper's page, `/papers/<slug>`: its arXiv id
 * (`2510.14901`, `hep-th-9901001`), else a hash of its normalised address,
 * so that the page keeps its URL when the author retitles the paper.
 */
export function paperSlug(paper: {url: string; arxivId?: string}): string {
  if (paper.arxivId) {
    return paper.arxivId.replaceAll('/', '-');
  }
  const hash = createHash('sha256').update(paperKey(paper)).digest('hex');
  return `web-${hash.slice(0, 12)}`;
}

/** The path of a paper's page below the site root: `/papers/2510.14901`. */
export function paperPagePath(paper: {url: string; arxivId?: string}): string {
  return `/papers/${paperSlug(paper)}`;
}
