import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Heading, Root} from 'mdast';

/** A heading's public anchor and whether the author wrote it explicitly. */
export interface HeadingAnchor {
  id: string;
  explicit: boolean;
}

/**
 * The id Docusaurus 3.10 gives every heading of a post, computed without
 * touching the tree. It follows the mdx-loader `headings` plugin step by step
 * (explicit `{/* #id *\/}` comment, classic `{#id}`, else a GitHub slug that
 * counts duplicates) because these ids are public URLs that must never move.
 */
export function headingAnchors(tree: Root): Map<Heading, HeadingAnchor> {
  const slugger = createSlugger();
  const anchors = new Map<Heading, HeadingAnchor>();
  visit(tree, 'heading', (heading) => {
    const existing = heading.data?.hProperties?.id;
    if (typeof existing === 'string' && existing) {
      anchors.set(heading, {
        id: slugger.slug(existing, {maintainCase: true}),
        explicit: true,
      });
      return;
    }
    const explicit = explicitHeadingId(heading);
    anchors.set(
      heading,
      explicit
        ? {id: explicit, explicit: true}
        : {id: slugger.slug(headingText(heading)), explicit: false},
    );
  });
  return anchors;
}

/** The heading text Docusaurus slugs: everything but raw HTML. */
export function headingText(heading: Heading): string {
  const textNodes = heading.children.filter(
    ({type}) => !['html', 'jsx'].includes(type),
  );
  return toString(textNodes.length > 0 ? textNodes : heading);
}

/** An id written by the author, as `{/* #id *\/}`, `<!-- #id -->` or `{#id}`. */
export function explicitHeadingId(heading: Heading): string | undefined {
  return commentHeadingId(heading) ?? classicHeadingId(heading);
}

function commentHeadingId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  let comment: string | undefined;
  if (last?.type === 'mdxTextExpression' && last.data?.estree) {
    const program = last.data.estree;
    if (program.body.length === 0 && program.comments?.length === 1) {
      comment = program.comments[0]!.value;
    }
  } else if (last?.type === 'html') {
    comment = /^<!--(?<comment>[\s\S]*)-->$/.exec(last.value)?.groups?.comment;
  }
  const firstWord = comment?.trim().split(' ')[0];
  return firstWord?.startsWith('#')
    ? firstWord.slice(1) || undefined
    : undefined;
}

function classicHeadingId(heading: Heading): string | undefined {
  return parseMarkdownHeadingId(headingText(heading), 'classic').id;
}
