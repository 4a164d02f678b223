import {orgLabel, orgs as registry, type OrgLabel} from '../../data/orgs';
import {paperPagePath} from '../../lib/review';
import type {OrgCount, PaperEntry, PaperIndex} from './paperIndex';
import type {IndexedPost} from './posts';

/** A paper as the list pages show it. */
export interface PaperRow {
  key: string;
  title: string;
  subtitle?: string;
  arxivId?: string;
  /** The paper's card in its newest review. */
  href: string;
  /** The paper's own page: `/papers/2510.14901`. */
  page: string;
  /** `YYYY-MM-DD` of the newest review. */
  date: string;
  orgs: OrgLabel[];
  excerpt?: string;
  /** Older reviews of the same paper. */
  earlier: {href: string; date: string}[];
}

/** An organisation that appears, with what its pages show. */
export interface OrgSummary extends OrgCount {
  url: string;
  color: string;
  fullName?: string;
  /** Other spellings authors use ("shaomi"), which the filter finds too. */
  aliases?: string[];
}

/** Data of the `/papers` page. */
export interface PapersPageData {
  papers: PaperRow[];
  orgs: OrgSummary[];
  months: PaperIndex['months'];
}

/** Data of one `/orgs/<id>` page. */
export interface OrgPageData {
  org: OrgSummary;
  papers: PaperRow[];
}

/** A review in the lists of reviews. */
export interface ReviewRow {
  permalink: string;
  date: string;
  /** Its own title; most reviews have none but their date. */
  title?: string;
  paperCount: number;
}

/** Data of the home page. */
export interface HomeData {
  latest: (ReviewRow & {
    /** Each paper's title and the id of its card. */
    papers: {title: string; id: string}[];
  })[];
  postCount: number;
  paperCount: number;
  orgCount: number;
}

/** How many posts the home page lists; the sidebar reaches the rest. */
const HOME_POST_COUNT = 12;

/** The row of a paper in the list pages. */
function paperRow(paper: PaperEntry): PaperRow {
  const [newest, ...earlier] = paper.appearances;
  return {
    key: paper.key,
    title: paper.title,
    ...(paper.subtitle && {subtitle: paper.subtitle}),
    ...(paper.arxivId && {arxivId: paper.arxivId}),
    href: `${newest!.permalink}#${newest!.anchor}`,
    page: paperPagePath(paper),
    date: newest!.date,
    orgs: paper.orgs.map((org) => orgLabel(org.id ?? org.name)),
    ...(newest!.excerpt && {excerpt: newest!.excerpt}),
    earlier: earlier.map((appearance) => ({
      href: `${appearance.permalink}#${appearance.anchor}`,
      date: appearance.date,
    })),
  };
}

/** Registry details of the organisations that appear. */
export function orgSummaries(index: PaperIndex): OrgSummary[] {
  return index.orgs.map((count) => {
    const org = registry[count.id];
    return {
      ...count,
      url: org.url,
      color: org.color,
      ...('fullName' in org && org.fullName ? {fullName: org.fullName} : {}),
      ...('aliases' in org && org.aliases.length > 0
        ? {aliases: [...org.aliases]}
        : {}),
    };
  });
}

/** The `/papers` page: every paper, newest review first. */
export function papersPageData(index: PaperIndex): PapersPageData {
  return {
    papers: index.papers.map(paperRow),
    orgs: orgSummaries(index),
    months: index.months,
  };
}

/** One page per organisation that appears, with its papers. */
export function orgPagesData(index: PaperIndex): OrgPageData[] {
  return orgSummaries(index).map((org) => ({
    org,
    papers: index.papers
      .filter((paper) => paper.orgs.some((ref) => ref.id === org.id))
      .map(paperRow),
  }));
}

/** The home page: newest review posts and site statistics. */
export function homeData(
  posts: readonly IndexedPost[],
  index: PaperIndex,
): HomeData {
  const reviews = posts.filter((post) => post.kind === 'review');
  return {
    latest: reviews.slice(0, HOME_POST_COUNT).map((post) => ({
      ...reviewRow(post),
      papers: post.papers.map(({title, id}) => ({title, id})),
    })),
    postCount: reviews.length,
    paperCount: index.papers.length,
    orgCount: index.orgs.length,
  };
}

/** Every review, newest first, for the page that lists them all. */
export function reviewsPageData(posts: readonly IndexedPost[]): ReviewRow[] {
  return posts.filter((post) => post.kind === 'review').map(reviewRow);
}

function reviewRow(post: IndexedPost): ReviewRow {
  return {
    permalink: post.permalink,
    date: post.date.iso,
    ...(post.title && {title: post.title}),
    paperCount: post.papers.length,
  };
}
