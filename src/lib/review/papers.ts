import {toString} from 'mdast-util-to-string';
import {arxivAnchor, extractArxivId} from './arxiv';
import {headingAnchors, type HeadingAnchor} from './headingIds';
import type {
  Heading,
  Link,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';

/** One reviewed paper, as the author wrote it in a level-2 heading. */
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
  /** 1-based line of the heading in the post. */
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
}

/**
 * Finds every paper section of a post: a level-2 heading that starts with an
 * optional number and then a link, up to the next heading of level 1 or 2.
 * Other headings are not papers and are left to the caller.
 */
export function findPaperSections(tree: Root): PaperSection[] {
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
