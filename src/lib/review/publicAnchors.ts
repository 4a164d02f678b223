import {findPaperSections, type PaperSection} from './papers';
import {headingAnchors} from './headingIds';
import type {Heading, Root} from 'mdast';

/** An anchor a reader can link to on a post's page. */
export interface PublicAnchor {
  id: string;
  /** A heading's id, or a paper's arXiv alias. */
  kind: 'heading' | 'alias';
  heading: Heading;
  line: number;
  column: number;
}

/**
 * Every anchor a post's page answers to: the id of each heading below the
 * title (Docusaurus gives the level-1 title no id), the card heading of a
 * single-paper review among them, and each paper's arXiv alias, of which
 * only the first paper with that id gets it. Pass the post's paper sections
 * when already found.
 */
export function publicAnchors(
  tree: Root,
  sections: readonly PaperSection[] = findPaperSections(tree),
): PublicAnchor[] {
  const anchors: PublicAnchor[] = [];
  const cards = sections.filter((section) => section.frontMatter);
  const at = (heading: Heading) => ({
    heading,
    line: heading.position?.start.line ?? 1,
    column: heading.position?.start.column ?? 1,
  });
  // Ids are counted in page order, the card's heading included.
  for (const [heading, anchor] of headingAnchors(withCards(tree, cards))) {
    if (heading.depth > 1) {
      anchors.push({id: anchor.id, kind: 'heading', ...at(heading)});
    }
  }
  const aliases = new Set<string>();
  for (const {paper, heading} of sections) {
    if (paper.alias && !aliases.has(paper.alias)) {
      aliases.add(paper.alias);
      anchors.push({id: paper.alias, kind: 'alias', ...at(heading)});
    }
  }
  return anchors;
}

/** The tree as the page shows it, with the heading of each front-matter card. */
function withCards(tree: Root, cards: readonly PaperSection[]): Root {
  if (cards.length === 0) return tree;
  const children = [...tree.children];
  for (const card of [...cards].reverse()) {
    children.splice(card.start, 0, card.heading);
  }
  return {...tree, children};
}
