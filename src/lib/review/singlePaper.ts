import {toString} from 'mdast-util-to-string';
import {EXIT, visit} from 'unist-util-visit';
import {extractArxivId} from './arxiv';
import {paperFrontMatter} from './paperFrontMatter';
import {findPaperSections, type PaperSection} from './papers';
import type {Heading, Root} from 'mdast';

/** A level-2 heading that reads as a paper but does not start with its link. */
export interface HeadingWithoutLink {
  heading: Heading;
  /** Its text as written. */
  text: string;
  /** Whether it has a link somewhere after its start. */
  hasLink: boolean;
}

/**
 * The level-2 headings that look like papers (numbered, `## 2. …`, or
 * tagged with inline code) but are not paper headings: no front matter
 * names the post's paper, and they do not start with a link.
 */
export function headingsWithoutLink(
  tree: Root,
  sections: readonly PaperSection[] = findPaperSections(tree),
): HeadingWithoutLink[] {
  if (paperFrontMatter(tree)) return [];
  const papers = new Set<Heading>(sections.map((section) => section.heading));
  return tree.children.flatMap((node): HeadingWithoutLink[] => {
    if (node.type !== 'heading' || node.depth !== 2 || papers.has(node)) {
      return [];
    }
    const text = toString(node).trim();
    const numbered = /^\d+[.)]?\s/.test(text);
    const tagged = node.children.some((child) => child.type === 'inlineCode');
    if (!numbered && !tagged) return [];
    const hasLink = node.children.some((child) => child.type === 'link');
    return [{heading: node, text, hasLink}];
  });
}

/** What to tell the author of a post that reads as a review of one paper. */
export interface SinglePaperAdvice {
  /** The first heading taken for a paper without a link: where to say it. */
  heading: Heading;
  /** The arXiv id the post links to, when it links to one. */
  arxivId?: string;
  /** The exact front matter to add, one line each. */
  frontMatter: string;
  message: string;
  fix: string;
}

/**
 * A post with no paper heading and no `paper:` front matter but two or more
 * headings that would be papers without a link (`## 1. 소개`, `## 2. 방법`)
 * reviews one paper in sections: the front matter that says so, with the
 * arXiv id of the first arXiv or Hugging Face paper link of the post.
 */
export function singlePaperAdvice(
  tree: Root,
  sections: readonly PaperSection[] = findPaperSections(tree),
): SinglePaperAdvice | undefined {
  if (sections.length > 0) return undefined;
  const headings = headingsWithoutLink(tree, sections);
  if (headings.length < 2) return undefined;
  const arxivId = linkedArxivId(tree);
  const lines = [
    `paper: https://arxiv.org/abs/${arxivId ?? '<arXiv id>'}`,
    'orgs: [<org id>]',
  ];
  const hasFrontMatter = tree.children.some((node) => node.type === 'yaml');
  const frontMatter = (hasFrontMatter ? lines : ['---', ...lines, '---']).join(
    '\n',
  );
  const names = headings
    .slice(0, 2)
    .map((item) => `"${item.text}"`)
    .join(', ');
  return {
    heading: headings[0]!.heading,
    ...(arxivId && {arxivId}),
    frontMatter,
    message: `this post reads as a review of one paper: its ## headings (${names}${headings.length > 2 ? ', …' : ''}) are sections, not papers without a link; name the paper in front matter`,
    fix: `${hasFrontMatter ? 'add these lines to the front matter' : 'add this front matter as the first lines of the post'} (orgs: ids from src/data/orgs.ts; if the post reviews several papers, start each paper heading with its link instead):\n${frontMatter}`,
  };
}

const ARXIV_IN_TEXT =
  /(?:arxiv\.org\/(?:abs|pdf)\/|huggingface\.co\/papers\/|arXiv:\s?)(\d{4}\.\d{4,5})/i;

/** The arXiv id of the first paper the post links to or cites as `arXiv:…`. */
function linkedArxivId(tree: Root): string | undefined {
  let found: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      found = extractArxivId(node.url);
    } else if (node.type === 'text') {
      found = ARXIV_IN_TEXT.exec(node.value)?.[1];
    } else if (
      node.type === 'mdxJsxFlowElement' ||
      node.type === 'mdxJsxTextElement'
    ) {
      const href = node.attributes.find(
        (item) => item.type === 'mdxJsxAttribute' && item.name === 'href',
      )?.value;
      if (typeof href === 'string') found = extractArxivId(href);
    }
    return found ? EXIT : undefined;
  });
  return found;
}
