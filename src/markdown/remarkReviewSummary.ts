import {
  checkPostPath,
  findPaperSections,
  plainText,
  reviewDescription,
  reviewPageTitle,
  reviewPostFromTree,
} from '../lib/review';
import {reviewBibtex} from '../lib/review/bibtex';
import {readingMinutes} from '../lib/review/readingTime';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  socialCardPath,
} from '../lib/review/socialCard';
import {absoluteUrl, type SiteAddress} from '../lib/site/absoluteUrl';
import {displayPath} from './displayPath';
import {jsxElement} from './mdxJsx';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';

/** Options: where the site is published, for a review's citation and card. */
export interface ReviewSummaryOptions {
  site: SiteAddress;
  /** The site's name. */
  siteTitle: string;
}

/**
 * Puts a `ReviewSummary` under a review's heading: its papers in order
 * (each a link to its card), its reading time and its citation, so a
 * reader on a phone sees what the post covers before scrolling through it.
 * Runs after `remarkReviewTitle` (the citation takes the page's title)
 * and before `remarkPaperCards` (it reads the paper headings).
 */
export default function remarkReviewSummary(options: ReviewSummaryOptions) {
  return (tree: Root, file: VFile): void => {
    const name = displayPath(file);
    if (!checkPostPath(name).ok) return;
    const sections = findPaperSections(tree);
    if (sections.length === 0) return;
    const post = reviewPostFromTree(tree, name, sections);
    const title = reviewPageTitle(post.date.iso, post.title);
    // Under the page's heading; without one, above the first paper.
    const heading = tree.children.findIndex(
      (node) => node.type === 'heading' && node.depth === 1,
    );
    const at = heading >= 0 ? heading + 1 : sections[0]!.start;
    const summary = jsxElement('ReviewSummary', {
      papers: post.papers.map(({title: paper, id}) => ({title: paper, id})),
      minutes: readingMinutes(plainText(tree.children)),
      cite: reviewBibtex({
        title,
        date: post.date.iso,
        url: absoluteUrl(options.site, post.permalink),
        site: options.siteTitle,
      }),
      title,
      description: reviewDescription(post.papers),
      markdown: `${post.permalink}.md`,
      image: {
        url: absoluteUrl(options.site, socialCardPath(post.permalink)),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        alt: `${title}: ${post.papers.map((paper) => paper.title).join(', ')}`,
      },
    });
    tree.children.splice(at, 0, summary);
  };
}
