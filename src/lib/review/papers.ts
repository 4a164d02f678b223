import {toString} from 'mdast-util-to-string';
import {arxivAnchor, extractArxivId} from './arxiv';
import {headingAnchors, type HeadingAnchor} from './headingIds';
import {paperFrontMatter, type PaperFrontMatter} from './paperFrontMatter';
import {ownTitle} from './postTitle';
import type {
  Heading,
  Link,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';

/**
 * One reviewed paper, as the author wrote it in a level-2 heading, or in the
 * front matter of a single-paper review.
 */
export interface Paper {
  /** The number the author gave it (`## 3. [...]`), if any. */
  number?: number;
  title: string;
  /** The first link of the heading: Hugging Face, arXiv or any page. */
  url: string;
  /** arXiv id without version, when the URL carries one. */
  arxivId?: string;
  /** Organisation tags exactly as written (`` `shaomi` ``). */
  orgs: string[];
  /** The text of the level-3 heading right under it. */
  subtitle?: string;
  /** The heading's public anchor, exactly as Docusaurus derives it. */
  id: string;
  /** The stable alias anchor (`arxiv-2510.14901`), when there is an arXiv id. */
  alias?: string;
  /**
   * Set when the title is the post's (a single-paper review): the paper's
   * own title, when its metadata is cached, is the better name for it.
   */
  titledByPost?: true;
  /** 1-based line of the heading (or of `paper:`) in the post. */
  line: number;
  /** The review text of the section as plain text, when there is any. */
  text?: string;
}

/** A paper and the span of the tree its section covers. */
export interface PaperSection {
  paper: Paper;
  heading: Heading;
  /** The explicit-id node the author put at the end of the heading, if any. */
  headingAnchor: HeadingAnchor;
  subtitleHeading?: Heading;
  /** Index in `tree.children` of the heading. */
  start: number;
  /** Index in `tree.children` just past the section's last node. */
  end: number;
  /**
   * Set for a single-paper review, whose front matter names its paper. Its
   * heading is then made for the paper's card, not a node of the tree; the
   * section starts where the card goes and runs to the end of the post.
   */
  frontMatter?: PaperFrontMatter;
}

/** The card's anchor in a single-paper review: `/docs/…/20251103#paper`. */
export const SINGLE_PAPER_ANCHOR = 'paper';

/**
 * Which papers a post reviews, for every consumer: the one its front matter
 * names (`paper:`), else each level-2 heading that starts with an optional
 * number and then a link, up to the next heading of level 1 or 2. Other
 * headings are not papers and are left to the caller.
 */
export function findPaperSections(tree: Root): PaperSection[] {
  const named = paperFrontMatter(tree);
  if (named) {
    return named.url ? [singlePaperSection(tree, named, named.url)] : [];
  }
  return headingPaperSections(tree);
}

/** The paper sections of the headings of a post, ignoring its front matter. */
function headingPaperSections(tree: Root): PaperSection[] {
  const anchors = headingAnchors(tree);
  const sections: PaperSection[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 2) {
      return;
    }
    const shape = paperHeadingShape(node);
    if (!shape) {
      return;
    }
    const anchor = anchors.get(node)!;
    const next = tree.children[index + 1];
    const subtitleHeading =
      next?.type === 'heading' && next.depth === 3 ? next : undefined;
    const arxivId = extractArxivId(shape.link.url);
    const subtitle = subtitleHeading && headingTitle(subtitleHeading);
    const end = sectionEnd(tree.children, index);
    const bodyStart = index + (subtitleHeading ? 2 : 1);
    const text = plainText(tree.children.slice(bodyStart, end));
    sections.push({
      paper: {
        ...(shape.number !== undefined && {number: shape.number}),
        title: toString(shape.link).trim(),
        url: shape.link.url,
        ...(arxivId && {arxivId, alias: arxivAnchor(arxivId)}),
        orgs: shape.orgs,
        ...(subtitle && {subtitle}),
        id: anchor.id,
        line: node.position?.start.line ?? 0,
        ...(text && {text}),
      },
      heading: node,
      headingAnchor: anchor,
      ...(subtitleHeading && {subtitleHeading}),
      start: index,
      end,
    });
  });
  return sections;
}

/**
 * The paper of a single-paper review: its card goes under the post's title
 * and is titled by it (a title that only dates the post names no paper);
 * its text is the whole post.
 */
function singlePaperSection(
  tree: Root,
  named: PaperFrontMatter,
  url: string,
): PaperSection {
  const titleIndex = tree.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 1,
  );
  const start =
    titleIndex >= 0
      ? titleIndex + 1
      : tree.children.findIndex(
          (node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm',
        );
  const body = start < 0 ? tree.children.length : start;
  const arxivId = extractArxivId(url);
  const title =
    ownTitle(named.title ?? firstHeadingTitle(tree)) ??
    (arxivId ? `arXiv:${arxivId}` : url);
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [{type: 'link', url, children: [{type: 'text', value: title}]}],
    data: {hProperties: {id: SINGLE_PAPER_ANCHOR}},
    position: {start: {...named.key}, end: {...named.value}},
  };
  const text = plainText(tree.children.slice(body));
  return {
    paper: {
      title,
      url,
      ...(arxivId && {arxivId, alias: arxivAnchor(arxivId)}),
      orgs: named.orgs.map((org) => org.tag),
      titledByPost: true,
      id: SINGLE_PAPER_ANCHOR,
      line: named.key.line,
      ...(text && {text}),
    },
    heading,
    headingAnchor: {id: SINGLE_PAPER_ANCHOR, explicit: true},
    start: body,
    end: tree.children.length,
    frontMatter: named,
  };
}

/** The parts of a paper heading, or `undefined` when it is an ordinary one. */
export interface PaperHeadingShape {
  number?: number;
  link: Link;
  orgs: string[];
}

/**
 * Reads `N. [Title](url) `org` `org``: text before the link may only be a
 * number; inline code after it are organisation tags.
 */
export function paperHeadingShape(
  heading: Heading,
): PaperHeadingShape | undefined {
  const linkIndex = heading.children.findIndex(
    (child) => child.type === 'link',
  );
  if (linkIndex < 0) {
    return undefined;
  }
  const before = heading.children
    .slice(0, linkIndex)
    .map((child) => toString(child))
    .join('')
    .trim();
  const numberMatch = /^(\d+)[.)]?$/.exec(before);
  if (before && !numberMatch) {
    return undefined;
  }
  return {
    ...(numberMatch && {number: Number(numberMatch[1])}),
    link: heading.children[linkIndex] as Link,
    orgs: heading.children
      .slice(linkIndex + 1)
      .filter(
        (child): child is PhrasingContent & {type: 'inlineCode'} =>
          child.type === 'inlineCode',
      )
      .map((code) => code.value.trim())
      .filter(Boolean),
  };
}

/** The visible text of a heading without an explicit-id suffix. */
export function headingTitle(heading: Heading): string {
  return heading.children
    .filter(
      (child) => child.type !== 'mdxTextExpression' && child.type !== 'html',
    )
    .map((child) => toString(child))
    .join('')
    .replace(/\s*\{#[^}]*\}$/, '')
    .trim();
}

/** The text of a post's level-1 heading, if it has one. */
export function firstHeadingTitle(tree: Root): string | undefined {
  const heading = tree.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  return heading ? headingTitle(heading) || undefined : undefined;
}

function sectionEnd(children: RootContent[], start: number): number {
  for (let index = start + 1; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type === 'heading' && node.depth <= 2) {
      return index;
    }
  }
  return children.length;
}

/** Nodes whose text a reader does not see as prose: code of the page, figures, display math. */
const NOT_PROSE = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'math',
  'yaml',
  'html',
]);

/** Nodes whose children run together as one line of text. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

type AnyNode = Nodes;

/** The readable text of some nodes, with blocks separated by a space. */
export function plainText(nodes: readonly AnyNode[]): string {
  return nodes
    .map((node) => nodeText(node, ' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function nodeText(node: AnyNode, separator: string): string {
  if (NOT_PROSE.has(node.type)) {
    return '';
  }
  if ('children' in node) {
    const inner = PHRASING_PARENTS.has(node.type) ? '' : separator;
    return (node.children as AnyNode[])
      .map((child) => nodeText(child, inner))
      .join(inner);
  }
  return 'value' in node ? node.value : '';
}

/** The identity of a paper across posts. */
export function paperKey(paper: {url: string; arxivId?: string}): string {
  return paper.arxivId
    ? `arxiv:${paper.arxivId}`
    : `url:${normaliseUrl(paper.url)}`;
}

/** A URL reduced to what identifies a page: https, no `www.`, no fragment or trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.protocol = 'https:';
    parsed.hostname = parsed.hostname.replace(/^www\./, '');
    parsed.hash = '';
    return parsed.toString().replace(/\/(?=$|\?)/, '');
  } catch {
    return url.trim();
  }
}

/**
 * A title set in capitals throughout ("SCALING LAWS MEET MODEL
 * ARCHITECTURE"): shown in small capitals, so it does not shout among the
 * others, and its text stays as written.
 */
export function isAllCaps(title: string): boolean {
  const words = title.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2 && !/\p{Ll}/u.test(title) && /\p{Lu}/u.test(title);
}

/** A paper's whole title: its heading's title and, when there is one, its sub-title. */
export function fullTitle(paper: {title: string; subtitle?: string}): string {
  return paper.subtitle ? `${paper.title}: ${paper.subtitle}` : paper.title;
}
