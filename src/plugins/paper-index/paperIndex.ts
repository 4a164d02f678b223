import {resolveOrg, type OrgId} from '../../data/orgs';
import {
  ContentError,
  paperKey,
  paperLinks,
  type PaperLink,
} from '../../lib/review';
import {listedTitle} from '../../lib/paperMetadata/citation';
import type {
  MetadataLookup,
  PaperMetadata,
} from '../../lib/paperMetadata/metadata';
import type {IndexedPost} from './posts';

/** An organisation as a paper carries it: resolved through the registry when known. */
export interface OrgRef {
  /** Registry id; absent for a tag the registry does not know. */
  id?: OrgId;
  name: string;
}

/** One review of a paper, in one post. */
export interface PaperAppearance {
  kind: 'review' | 'blog';
  /** `YYYY-MM-DD` of the post. */
  date: string;
  /** URL path of the post. */
  permalink: string;
  postTitle?: string;
  /** The paper heading's id in that post. */
  anchor: string;
  /** The stable arXiv alias anchor, when there is one. */
  alias?: string;
  number?: number;
  /** The start of the review text, as plain text. */
  excerpt?: string;
}

/** A reviewed paper with every post that reviews it, newest first. */
export interface PaperEntry {
  /** `arxiv:<id>` when there is an arXiv id, else `url:<normalised URL>`. */
  key: string;
  title: string;
  subtitle?: string;
  arxivId?: string;
  /** The link the author gave in the newest review. */
  url: string;
  links: PaperLink[];
  orgs: OrgRef[];
  appearances: PaperAppearance[];
  /** What arXiv and Hugging Face say of it, when it is cached. */
  metadata?: PaperMetadata;
}

/** How many reviewed papers an organisation has. */
export interface OrgCount {
  id: OrgId;
  name: string;
  count: number;
}

/** Every reviewed paper and the counts built from them. */
export interface PaperIndex {
  /** Newest review first. */
  papers: PaperEntry[];
  /** Organisations of the registry that appear, most papers first. */
  orgs: OrgCount[];
  /** Papers reviewed per month (`YYYY-MM`), oldest first, gaps as zero. */
  months: {month: string; count: number}[];
  postCount: number;
}

/** Longest excerpt kept per appearance, in characters. */
const EXCERPT_LENGTH = 160;

/**
 * Builds the index of every paper in the posts. A paper is identified by its
 * arXiv id, else by its normalised URL; fields the posts do not give stay
 * absent. An arXiv paper carries its cached metadata, when there is some.
 * Two posts served at one URL are an error.
 */
export function buildPaperIndex(
  posts: readonly IndexedPost[],
  metadata: MetadataLookup = () => undefined,
): PaperIndex {
  assertUniquePermalinks(posts);
  const entries = new Map<string, PaperEntry>();
  const ordered = [...posts].sort(
    (a, b) =>
      b.date.iso.localeCompare(a.date.iso) || a.file.localeCompare(b.file),
  );
  for (const post of ordered) {
    for (const paper of post.papers) {
      const key = paperKey(paper);
      const appearance: PaperAppearance = {
        kind: post.kind,
        date: post.date.iso,
        permalink: post.permalink,
        ...(post.title && {postTitle: post.title}),
        anchor: paper.id,
        ...(paper.alias && {alias: paper.alias}),
        ...(paper.number !== undefined && {number: paper.number}),
        ...(paper.text && {excerpt: excerpt(paper.text)}),
      };
      const entry = entries.get(key);
      if (entry) {
        entry.appearances.push(appearance);
        entry.subtitle ??= paper.subtitle;
        mergeOrgs(entry.orgs, paper.orgs);
        continue;
      }
      const known = paper.arxivId ? metadata(paper.arxivId) : undefined;
      entries.set(key, {
        key,
        title: listedTitle(paper, known),
        ...(paper.subtitle && {subtitle: paper.subtitle}),
        ...(paper.arxivId && {arxivId: paper.arxivId}),
        url: paper.url,
        links: paperLinks(paper),
        orgs: mergeOrgs([], paper.orgs),
        appearances: [appearance],
        ...(known && {metadata: known}),
      });
    }
  }
  const papers = [...entries.values()];
  return {
    papers,
    orgs: countOrgs(papers),
    months: countMonths(papers),
    postCount: posts.length,
  };
}

/** The start of a review text, cut at a word, as lists and previews show it. */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) {
    return text;
  }
  const cut = text.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function mergeOrgs(into: OrgRef[], tags: readonly string[]): OrgRef[] {
  for (const tag of tags) {
    const resolved = resolveOrg(tag);
    const ref: OrgRef = resolved
      ? {id: resolved.id, name: resolved.org.name}
      : {name: tag.trim()};
    if (
      !into.some((known) => (known.id ?? known.name) === (ref.id ?? ref.name))
    ) {
      into.push(ref);
    }
  }
  return into;
}

function countOrgs(papers: readonly PaperEntry[]): OrgCount[] {
  const counts = new Map<OrgId, OrgCount>();
  for (const paper of papers) {
    for (const org of paper.orgs) {
      if (!org.id) continue;
      const count = counts.get(org.id) ?? {
        id: org.id,
        name: org.name,
        count: 0,
      };
      count.count += 1;
      counts.set(org.id, count);
    }
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
}

function countMonths(papers: readonly PaperEntry[]): PaperIndex['months'] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const appearance of paper.appearances) {
      const month = appearance.date.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  }
  const known = [...counts.keys()].sort();
  if (known.length === 0) {
    return [];
  }
  const months: PaperIndex['months'] = [];
  let [year, month] = known[0]!.split('-').map(Number) as [number, number];
  const last = known.at(-1)!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push({month: key, count: counts.get(key) ?? 0});
    if (key === last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function assertUniquePermalinks(posts: readonly IndexedPost[]): void {
  const seen = new Map<string, IndexedPost>();
  for (const post of posts) {
    const other = seen.get(post.permalink);
    if (other) {
      throw new ContentError(
        `${post.permalink} is claimed by this post and by ${other.file}`,
        {file: post.file, line: 1, hint: 'give one of them another slug or id'},
      );
    }
    seen.set(post.permalink, post);
  }
}
