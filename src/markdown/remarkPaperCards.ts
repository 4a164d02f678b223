import {
  findPaperSections,
  isAllCaps,
  paperLinks,
  paperPagePath,
  type PaperSection,
} from '../lib/review';
import {orgLabel} from '../data/orgs';
import {paperBibtex} from '../lib/review/bibtex';
import {jsxElement} from './mdxJsx';
import {
  authorsLine,
  citedPaper,
  listedTitle,
} from '../lib/paperMetadata/citation';
import type {
  MetadataLookup,
  PaperMetadata,
} from '../lib/paperMetadata/metadata';
import type {OtherReview, PaperAppearances} from '../lib/review/appearances';
import type {Heading, PhrasingContent, Root} from 'mdast';
import type {VFile} from 'vfile';

/**
 * Renders every paper section of a post as a `PaperCard` whose header shows
 * the paper's position in the post (1…n, whatever number the author typed),
 * linked title, organisation tags, sub-title and paper links. A single-paper
 * review (its front matter names the paper) gets one card under its title,
 * with a heading of its own; its sections stay as they are, after the card.
 *
 * Must run in `beforeDefaultRemarkPlugins`: it pins each paper heading's id
 * to the one Docusaurus derives from the full heading text (anchors are
 * public URLs), then trims the heading to its linked title so that the table
 * of contents, built later by Docusaurus, lists papers by title.
 */
export default function remarkPaperCards(
  options: {
    /** Other posts reviewing the same papers, for "also reviewed in" links. */
    appearances?: PaperAppearances;
    /** The papers' cached metadata: authors on the cards, fuller citations. */
    metadata?: MetadataLookup;
  } = {},
) {
  return (tree: Root, file: VFile): void => {
    const sections = findPaperSections(tree);
    // A paper reviewed twice (reported by the content rules) keeps its
    // alias on the first card only: ids are unique on a page.
    const seenAliases = new Set<string>();
    const aliases = sections.map(({paper}) => {
      if (!paper.alias || seenAliases.has(paper.alias)) return undefined;
      seenAliases.add(paper.alias);
      return paper.alias;
    });
    // From the last section back, so that earlier indices stay valid.
    for (let index = sections.length - 1; index >= 0; index -= 1) {
      const section = sections[index]!;
      const others =
        options.appearances?.others(section.paper, file.path) ?? [];
      const known = section.paper.arxivId
        ? options.metadata?.(section.paper.arxivId)
        : undefined;
      const card = paperCard(
        tree,
        section,
        index + 1,
        aliases[index],
        others,
        known,
      );
      // A front-matter paper's review is the whole post, which stays itself.
      const replaced = section.frontMatter ? 0 : section.end - section.start;
      tree.children.splice(section.start, replaced, card);
    }
  };
}

function paperCard(
  tree: Root,
  section: PaperSection,
  position: number,
  alias: string | undefined,
  others: readonly OtherReview[],
  metadata: PaperMetadata | undefined,
) {
  const {heading, subtitleHeading} = section;
  const paper = {...section.paper, title: listedTitle(section.paper, metadata)};
  pinHeadingToTitle(section);
  if (paper.title !== section.paper.title) {
    const link = heading.children.find((child) => child.type === 'link')!;
    link.children = [{type: 'text', value: paper.title}];
  }
  for (const [title, titleHeading] of [
    [paper.title, heading],
    [paper.subtitle, subtitleHeading],
  ] as const) {
    if (title && titleHeading && isAllCaps(title)) {
      titleHeading.data = {
        ...titleHeading.data,
        hProperties: {...titleHeading.data?.hProperties, dataAllCaps: true},
      };
    }
  }
  const titles: Heading[] = subtitleHeading
    ? [heading, subtitleHeading]
    : [heading];
  const body = section.frontMatter
    ? []
    : tree.children.slice(section.start + titles.length, section.end);
  const header = jsxElement(
    'PaperHeader',
    {
      position,
      orgs: paper.orgs.map(orgLabel),
      links: paperLinks(paper),
      ...(metadata &&
        metadata.authors.length > 0 && {
          authors: authorsLine(metadata.authors.map((author) => author.name)),
        }),
      title: paper.title,
      page: paperPagePath(paper),
      cite: paperBibtex(citedPaper(paper, metadata)),
    },
    titles,
  );
  return jsxElement(
    'PaperCard',
    {
      headingId: paper.id,
      alias,
      alsoReviewedIn: others.length > 0 ? others : undefined,
    },
    [header, ...body],
  );
}

/**
 * Keeps the heading's public id and reduces its content to the linked title.
 * An id the author wrote stays in the heading for Docusaurus to read;
 * a derived one is pinned, since the text it came from is moved out.
 */
function pinHeadingToTitle({
  heading,
  headingAnchor,
  paper,
}: PaperSection): void {
  const link = heading.children.find((child) => child.type === 'link')!;
  const tail: PhrasingContent[] = [];
  if (heading.data?.hProperties?.id) {
    // Another plugin chose the id; Docusaurus keeps it.
  } else if (headingAnchor.explicit) {
    const last = heading.children.at(-1)!;
    tail.push(
      last.type === 'mdxTextExpression' || last.type === 'html'
        ? last
        : {type: 'text', value: ` {#${headingAnchor.id}}`},
    );
  } else {
    heading.data = {
      ...heading.data,
      hProperties: {...heading.data?.hProperties, id: paper.id},
    };
  }
  heading.children = [link, ...tail];
}
