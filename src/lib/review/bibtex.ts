/**
 * BibTeX entries for what readers cite: a reviewed paper, and a review.
 * Only what is known goes in: the post's title, arXiv id and address, and
 * the authors, date and category when the paper's metadata is cached; a
 * field nobody wrote is left out rather than guessed. Pure: paper cards get
 * their entry at build time.
 */

import {fullTitle} from './papers';

/** A paper as a card knows it. */
export interface CitedPaper {
  title: string;
  /** Full title: the heading's title and its sub-title, when there is one. */
  subtitle?: string;
  url: string;
  arxivId?: string;
  /** From the paper's metadata, when it is cached. */
  authors?: readonly string[];
  /** `YYYY-MM-DD` the first version appeared, from the metadata. */
  published?: string;
  /** The primary arXiv category, from the metadata. */
  primaryClass?: string;
}

/** `2510.14901` → 2025: new-style arXiv ids start with the year and month. */
function arxivYear(arxivId: string): number | undefined {
  const match = /^(\d{2})(\d{2})\./.exec(arxivId);
  return match ? 2000 + Number(match[1]) : undefined;
}

/** Characters BibTeX reads as commands, written so it prints them. */
function escapeBibtex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

function entry(
  type: string,
  key: string,
  fields: [string, string | number | undefined][],
): string {
  const lines = fields
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/**
 * A paper: `@misc` with `eprint`/`archivePrefix` for arXiv (as arXiv's own
 * export does), the address it was reviewed from otherwise. The title keeps
 * its capitals (double braces).
 */
export function paperBibtex(paper: CitedPaper): string {
  const title = fullTitle(paper);
  const author = paper.authors?.map(escapeBibtex).join(' and ');
  if (paper.arxivId) {
    return entry('misc', `arxiv:${paper.arxivId}`, [
      ['title', `{${escapeBibtex(title)}}`],
      ['author', author],
      [
        'year',
        paper.published
          ? Number(paper.published.slice(0, 4))
          : arxivYear(paper.arxivId),
      ],
      ['eprint', paper.arxivId],
      ['archivePrefix', 'arXiv'],
      ['primaryClass', paper.primaryClass],
      ['url', `https://arxiv.org/abs/${paper.arxivId}`],
    ]);
  }
  const key = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return entry('misc', key || 'paper', [
    ['title', `{${escapeBibtex(title)}}`],
    ['url', paper.url],
  ]);
}

/** A review post: an `@online` entry of the site, dated by its file. */
export function reviewBibtex(review: {
  title: string;
  /** `2025-10-27`. */
  date: string;
  /** Absolute address of the post. */
  url: string;
  /** The site's name, which publishes it. */
  site: string;
}): string {
  const year = review.date.slice(0, 4);
  return entry('online', `review-${review.date.replaceAll('-', '')}`, [
    ['title', `{${escapeBibtex(review.title)}}`],
    ['organization', escapeBibtex(review.site)],
    ['year', year],
    ['date', review.date],
    ['url', review.url],
  ]);
}
