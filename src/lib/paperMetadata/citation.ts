import type {CitedPaper} from '../review/bibtex';
import type {PaperMetadata} from './metadata';

/**
 * What a citation of a paper says: the post's title and link, or, when the
 * paper's metadata is cached, arXiv's own title, its authors, date and
 * primary category.
 */
export function citedPaper(
  paper: {title: string; subtitle?: string; url: string; arxivId?: string},
  metadata: PaperMetadata | undefined,
): CitedPaper {
  if (!metadata) return paper;
  const primaryClass = metadata.categories?.[0];
  return {
    title: metadata.title,
    url: paper.url,
    arxivId: metadata.arxivId,
    authors: metadata.authors.map((author) => author.name),
    published: metadata.published,
    ...(primaryClass && {primaryClass}),
  };
}

/** The most authors a card names before it counts the rest. */
const NAMED_ON_CARD = 3;

/** A card's line of authors: `A, B, C 외 5명`, or all of them when few. */
export function authorsLine(authors: readonly string[]): string {
  if (authors.length <= NAMED_ON_CARD + 1) return authors.join(', ');
  return `${authors.slice(0, NAMED_ON_CARD).join(', ')} 외 ${authors.length - NAMED_ON_CARD}명`;
}

/**
 * The name a paper is listed under: the author's, unless the post's title
 * stands in for it (a single-paper review) and arXiv's title is known.
 */
export function listedTitle(
  paper: {title: string; titledByPost?: true},
  metadata: PaperMetadata | undefined,
): string {
  return paper.titledByPost && metadata ? metadata.title : paper.title;
}
