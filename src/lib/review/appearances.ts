import path from 'node:path';
import {paperKey} from './papers';

/** Another post that reviews the same paper, as a card links to it. */
export interface OtherReview {
  /** `/docs/…#anchor` of the paper's card in that post. */
  href: string;
  /** `YYYY-MM-DD` of that post. */
  date: string;
  kind: 'review' | 'blog';
}

/** What the store needs of an indexed paper: its identity and its posts. */
export interface IndexedPaper {
  key: string;
  appearances: readonly {
    kind: 'review' | 'blog';
    date: string;
    permalink: string;
    anchor: string;
  }[];
}

/**
 * Which posts review which paper, shared between the paper-index plugin
 * (which fills it whenever the posts are loaded) and `remarkPaperCards`
 * (which asks it for a card's "also reviewed in" links).
 */
export class PaperAppearances {
  private byKey = new Map<string, (OtherReview & {file: string})[]>();

  /** Replaces what is known with the papers of a freshly built index. */
  update(
    papers: readonly IndexedPaper[],
    files: ReadonlyMap<string, string>,
  ): void {
    this.byKey = new Map(
      papers.map((paper) => [
        paper.key,
        paper.appearances.map((appearance) => ({
          href: `${appearance.permalink}#${appearance.anchor}`,
          date: appearance.date,
          kind: appearance.kind,
          file: path.resolve(files.get(appearance.permalink) ?? ''),
        })),
      ]),
    );
  }

  /** The other posts, newest first, that review the paper the post `file` reviews. */
  others(paper: {url: string; arxivId?: string}, file: string): OtherReview[] {
    const self = path.resolve(file);
    return (this.byKey.get(paperKey(paper)) ?? [])
      .filter((review) => review.file !== self)
      .map(({href, date, kind}) => ({href, date, kind}));
  }
}
