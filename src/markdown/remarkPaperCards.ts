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
import type {OtherReview, PaperAppearances} from '../lib/review/appearances';
import type {Heading, PhrasingContent, Root} from 'mdast';
import type {VFile} from 'vfile';

/**
 * Renders every paper section of a post as a `PaperCard` whose header shows
 * the paper's position in the post (1…n, whatever number the author typed),
 * linked title, organisation tags, sub-title and paper links.
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
      tree.children.splice(
        section.start,
        section.end - section.start,
        paperCard(tree, section, index + 1, aliases[index], others),
      );
    }
  };
}

function paperCard(
  tree: Root,
  section: PaperSection,
  position: number,
  alias: string | undefined,
  others: readonly OtherReview[],
) {
  const {paper, heading, subtitleHeading} = section;
  pinHeadingToTitle(section);
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
  const body = tree.children.slice(section.start + titles.length, section.end);
  const header = jsxElement(
    'PaperHeader',
    {
      position,
      orgs: paper.orgs.map(orgLabel),
      links: paperLinks(paper),
      title: paper.title,
      page: paperPagePath(paper),
      cite: paperBibtex(paper),
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
