import {XMLParser} from 'fast-xml-parser';
import type {PaperAuthor} from './metadata';

/** One paper as the arXiv API's Atom feed describes it. */
export interface ArxivEntry {
  arxivId: string;
  version: number;
  title: string;
  abstract: string;
  authors: PaperAuthor[];
  /** `YYYY-MM-DD` of the first and of the newest version. */
  published: string;
  updated: string;
  categories: string[];
  comment?: string;
  withdrawn: boolean;
}

/** What the arXiv API answered for a list of ids. */
export interface ArxivFeed {
  entries: ArxivEntry[];
  /** The API's own error entries (`incorrect id format for …`). */
  errors: string[];
}

const REPEATED = new Set([
  'entry',
  'author',
  'link',
  'category',
  'arxiv:affiliation',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  // Titles and abstracts carry numeric entities (`Caf&#233;`).
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

type XmlNode = Record<string, unknown>;

/**
 * Reads the Atom feed of `export.arxiv.org/api/query?id_list=…`. Ids without
 * a paper come back as no entry, or as an entry whose id points at the API's
 * errors; withdrawn papers keep their entry with a comment saying so.
 */
export function parseArxivFeed(xml: string): ArxivFeed {
  const document = parser.parse(xml) as {feed?: XmlNode};
  if (!document.feed) {
    throw new Error(
      'the arXiv API answered with something other than an Atom feed',
    );
  }
  const feed: ArxivFeed = {entries: [], errors: []};
  for (const entry of (document.feed.entry as XmlNode[] | undefined) ?? []) {
    const id = text(entry.id);
    if (/\/api\/errors/.test(id)) {
      feed.errors.push(text(entry.summary) || id);
      continue;
    }
    const match = /arxiv\.org\/abs\/(.+?)(?:v(\d+))?$/.exec(id);
    const title = text(entry.title);
    if (!match || !title) continue;
    const comment = text(entry['arxiv:comment']);
    const abstract = text(entry.summary);
    const primary = attribute(entry['arxiv:primary_category'], 'term');
    const categories = ((entry.category as XmlNode[] | undefined) ?? [])
      .map((category) => attribute(category, 'term'))
      .filter((term): term is string => Boolean(term));
    feed.entries.push({
      arxivId: match[1]!,
      version: Number(match[2] ?? 1),
      title,
      abstract,
      authors: ((entry.author as XmlNode[] | undefined) ?? []).map(author),
      published: text(entry.published).slice(0, 10),
      updated: text(entry.updated).slice(0, 10),
      categories: primary
        ? [primary, ...categories.filter((term) => term !== primary)]
        : categories,
      ...(comment && {comment}),
      withdrawn: isWithdrawal(comment) || isWithdrawal(abstract),
    });
  }
  return feed;
}

/** arXiv's wording when a version withdraws the paper. */
function isWithdrawal(text: string): boolean {
  return /\b(?:this (?:paper|submission|article) (?:has been|is) withdrawn|withdrawn by (?:the )?(?:author|arxiv))/i.test(
    text,
  );
}

function author(node: XmlNode): PaperAuthor {
  const affiliations = (
    (node['arxiv:affiliation'] as unknown[] | undefined) ?? []
  )
    .map(text)
    .filter(Boolean);
  return {
    name: text(node.name),
    ...(affiliations.length > 0 && {affiliations}),
  };
}

/** An element's text with the feed's line wrapping undone. */
function text(node: unknown): string {
  const value =
    typeof node === 'object' && node !== null
      ? (node as XmlNode)['#text']
      : node;
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function attribute(node: unknown, name: string): string | undefined {
  const value =
    typeof node === 'object' && node !== null
      ? (node as XmlNode)[`@_${name}`]
      : undefined;
  return typeof value === 'string' ? value : undefined;
}
