import {resolveOrg} from '../../data/orgs';
import {
  findPaperSections,
  plainText,
  reviewName,
  type PaperSection,
  type ReviewPost,
} from '../../lib/review';
import {
  LIST_SEPARATOR,
  separateBrackets,
  type FilterName,
  type RecordKind,
  type RecordMeta,
} from '../../client/search/schema';
import {listedTitle} from '../../lib/paperMetadata/citation';
import type {MetadataLookup} from '../../lib/paperMetadata/metadata';
import type {Root, RootContent} from 'mdast';

/** One search result as Pagefind stores it (its `addCustomRecord` input). */
export interface SearchRecord {
  /** Path below the site root, without the base URL: `/docs/…#anchor`. */
  url: string;
  content: string;
  language: string;
  meta: RecordMeta & Record<string, string>;
  filters: Partial<Record<FilterName, string[]>>;
  sort: {date: string};
}

const noMetadata: MetadataLookup = () => undefined;

/** A page to index: a review post or a blog post, parsed. */
export interface PageSource {
  kind: Exclude<RecordKind, 'paper'>;
  /** Path below the site root, without the base URL. */
  url: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  tree: Root;
}

/**
 * The records of one page: one per paper section, linking to the paper's
 * heading, with its organisations and year as filters; and one for the
 * page itself, with its title and the prose outside the paper sections. A
 * paper's text is in its own record only, so that a search finds the paper,
 * not the paper and a near-copy of it under the post.
 */
function pageRecords(
  page: PageSource,
  language: string,
  metadata: MetadataLookup,
): SearchRecord[] {
  const {tree, date} = page;
  const year = date.slice(0, 4);
  const sections = findPaperSections(tree);
  const papers = sections.map((section): SearchRecord =>
    paperRecord(section, page, language, metadata),
  );
  // The level-1 heading is the title, which comes first.
  const prose = (nodes: RootContent[]) =>
    plainText(
      nodes.filter((node) => node.type !== 'heading' || node.depth !== 1),
    );
  const parts: string[] = [page.title];
  let next = 0;
  for (const section of sections) {
    parts.push(prose(tree.children.slice(next, section.start)));
    next = section.end;
  }
  parts.push(prose(tree.children.slice(next)));
  return [
    ...papers,
    {
      url: page.url,
      content: separateBrackets(parts.filter(Boolean).join('\n')),
      language,
      meta: {kind: page.kind, title: page.title, date},
      filters: {kind: [page.kind], year: [year]},
      sort: {date},
    },
  ];
}

function paperRecord(
  {paper}: PaperSection,
  page: PageSource,
  language: string,
  metadata: MetadataLookup,
): SearchRecord {
  const orgNames = paper.orgs.map((tag) => resolveOrg(tag)?.org.name ?? tag);
  const known = paper.arxivId ? metadata(paper.arxivId) : undefined;
  const title = listedTitle(paper, known);
  const authorNames = known?.authors.map((author) => author.name) ?? [];
  return {
    url: `${page.url}#${paper.id}`,
    // Organisations, authors and the arXiv id are searchable but come
    // last, so that excerpts quote the review rather than them.
    content: separateBrackets(
      [
        title,
        paper.subtitle,
        paper.text,
        orgNames.join(' '),
        authorNames.join(', '),
        paper.arxivId,
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    language,
    meta: withoutEmpty({
      kind: 'paper',
      title,
      date: page.date,
      subtitle: paper.subtitle,
      orgs: paper.orgs.join(LIST_SEPARATOR),
      post: page.title,
    }),
    filters: {
      kind: ['paper'],
      year: [page.date.slice(0, 4)],
      ...(paper.orgs.length > 0 && {org: orgFilterValues(paper.orgs)}),
    },
    sort: {date: page.date},
  };
}

/** The records of a review post (`docs/papers/yYYYY/mon/YYYYMMDD.mdx`). */
export function reviewRecords(
  tree: Root,
  post: ReviewPost,
  language: string,
  metadata: MetadataLookup = noMetadata,
): SearchRecord[] {
  return pageRecords(
    {
      kind: 'review',
      url: post.permalink,
      title: reviewName(post.date.iso, post.title),
      date: post.date.iso,
      tree,
    },
    language,
    metadata,
  );
}

/** What the search index needs of a blog post, as the blog plugin loads it. */
export interface BlogPostSource {
  /** The Markdown without front matter. */
  content: string;
  metadata: {
    /** `@site/blog/…`, for messages. */
    source: string;
    title: string;
    date: Date | string;
    /** Full path, base URL included. */
    permalink: string;
  };
}

/** The records of a blog post, under the title, date and URL it is shown at. */
export function blogRecords(
  post: BlogPostSource,
  tree: Root,
  baseUrl: string,
  language: string,
  metadata: MetadataLookup = noMetadata,
): SearchRecord[] {
  const {title, permalink, date} = post.metadata;
  return pageRecords(
    {
      kind: 'blog',
      url: permalink.startsWith(baseUrl)
        ? `/${permalink.slice(baseUrl.length)}`
        : permalink,
      title,
      date: new Date(date).toISOString().slice(0, 10),
      tree,
    },
    language,
    metadata,
  );
}

/**
 * The records whose page the build published and lets search engines see:
 * drafts have no route, and unlisted pages are `noIndex`.
 */
export function publishedRecords(
  records: readonly SearchRecord[],
  site: {
    baseUrl: string;
    routesPaths: readonly string[];
    routesBuildMetadata: Readonly<Record<string, {noIndex: boolean}>>;
  },
): SearchRecord[] {
  const published = new Set(
    site.routesPaths.filter(
      (route) => !site.routesBuildMetadata[route]?.noIndex,
    ),
  );
  return records.filter((record) => {
    const page = record.url.replace(/#.*$/, '');
    return published.has(`${site.baseUrl}${page.replace(/^\//, '')}`);
  });
}

/**
 * Filter values for organisation tags: the registry id, so that every
 * spelling of one organisation is one filter; unknown tags as written.
 */
export function orgFilterValues(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => resolveOrg(tag)?.id ?? tag.trim()))];
}

function withoutEmpty<T extends object>(meta: T): T & Record<string, string> {
  return Object.fromEntries(
    Object.entries(meta).filter(
      ([, value]) => typeof value === 'string' && value !== '',
    ),
  ) as T & Record<string, string>;
}
