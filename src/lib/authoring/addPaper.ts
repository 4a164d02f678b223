import {appendFileSync, existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {
  ContentError,
  parseMdx,
  parsePostPath,
  postDocPath,
  readFrontMatter,
  reviewPostFromTree,
  type PostDate,
} from '../review';
import {
  metadataStore,
  writeMetadataFile,
  type PaperMetadata,
} from '../paperMetadata/metadata';
import {fetchPapersToAdd, type Sources} from '../paperMetadata/sources';
import type {OrgId} from '../../data/orgs';
import {
  DEV_SERVER_URL,
  PostExistsError,
  assertSiteFolder,
  renderPost,
  resolvePostDate,
  writeNewPost,
} from './newPost';
import {
  REVIEW_PLACEHOLDER,
  paperReference,
  renderPaperSection,
  suggestOrgs,
} from './paperSection';

/** What `addPapers` did for one paper. */
export type AddedPaper =
  | {
      status: 'added';
      arxivId: string;
      title: string;
      /** Its position in the post. */
      number: number;
      tags: OrgId[];
      /** Affiliations no registry entry names, for the author to add. */
      unknownAffiliations: string[];
      /** 1-based line of the placeholder to replace. */
      placeholderLine: number;
      /** Whether its metadata had to be fetched (else it was cached). */
      fetched: boolean;
    }
  | {
      status: 'present';
      arxivId: string;
      line: number;
      /** Whether its metadata is cached; refresh-papers fetches it if not. */
      cached: boolean;
    };

/** The post papers were added to. */
export interface AddPapersResult {
  date: PostDate;
  file: string;
  created: boolean;
  url: string;
  papers: AddedPaper[];
}

/** What `addPapers` needs. */
export interface AddPapersOptions {
  siteDir: string;
  /** arXiv ids or paper URLs, in the order they are to appear. */
  references: readonly string[];
  /** `YYYY-MM-DD`; today in the local time zone when absent. */
  date?: string;
  now?: Date;
  sources: Sources;
  /** Only write a new post: a post of the date is left alone. */
  newPostOnly?: boolean;
  /** Called before each paper is fetched. */
  onFetch?: (arxivId: string) => void;
}

/**
 * Appends a section per paper to the post of a date, creating the post when
 * there is none. Metadata comes from the cache in `paper-metadata/`, else
 * from arXiv and Hugging Face, and is kept there. Everything is fetched
 * before anything is written, so a failure changes no file; a paper the
 * post already has is left as it is; nothing the author wrote is changed
 * or moved.
 */
export async function addPapers(
  options: AddPapersOptions,
): Promise<AddPapersResult> {
  const date = resolvePostDate(options.date, options.now);
  const ids = [...new Set(options.references.map(paperReference))];
  assertSiteFolder(options.siteDir);
  const file = `docs/${postDocPath(date)}`;
  const absolute = path.join(options.siteDir, file);
  const existing = readIfThere(absolute);
  if (existing !== undefined && options.newPostOnly) {
    throw new PostExistsError(file);
  }
  const post = existing === undefined ? undefined : papersOf(existing, file);
  const present = post?.arxivLines ?? new Map<string, number>();

  const cached = metadataStore(options.siteDir);
  const wanted = ids.filter((id) => !present.has(id));
  const toFetch = wanted.filter((id) => !usable(cached(id)));
  const fetched = new Map(
    (await fetchPapersToAdd(toFetch, options.sources, options.onFetch)).map(
      (paper) => [paper.arxivId, paper],
    ),
  );
  const papers = wanted.map((id) => fetched.get(id) ?? cached(id)!);

  const plan = planAddition({existing, file, date, papers, post});
  // The author may have saved the post while the papers were fetched.
  if (readIfThere(absolute) !== existing) {
    throw new ContentError(
      'changed while the papers were fetched; nothing was written to it',
      {file, hint: 'run add-paper again'},
    );
  }
  let created = false;
  if (existing === undefined && papers.length > 0) {
    writeNewPost(options.siteDir, date, plan.text);
    created = true;
  } else if (plan.text) {
    // Appending can only add: whatever the post holds stays byte for byte.
    appendFileSync(absolute, plan.text);
  }
  for (const paper of fetched.values()) {
    writeMetadataFile(options.siteDir, paper);
  }

  return {
    date,
    file,
    created,
    url: `${DEV_SERVER_URL}${parsePostPath(file).permalink}`,
    papers: [
      ...ids
        .filter((id) => present.has(id))
        .map((id): AddedPaper => ({
          status: 'present',
          arxivId: id,
          line: present.get(id)!,
          cached: cached(id) !== undefined,
        })),
      ...papers.map((paper, index): AddedPaper => {
        const {tags, unknown} = suggestOrgs(paper);
        return {
          status: 'added',
          arxivId: paper.arxivId,
          title: paper.title,
          number: plan.numbers[index]!,
          tags,
          unknownAffiliations: unknown,
          placeholderLine: plan.placeholderLines[index]!,
          fetched: fetched.has(paper.arxivId),
        };
      }),
    ],
  };
}

/** A cached paper good enough to add without asking the network. */
function usable(metadata: PaperMetadata | undefined): boolean {
  return metadata !== undefined && !metadata.withdrawn;
}

function readIfThere(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** What a post already reviews. */
export interface PostPapers {
  count: number;
  /** The highest number the author gave a paper, if any. */
  highest?: number;
  arxivLines: Map<string, number>;
}

/** What a post already reviews: its papers' count, numbers, ids and lines. */
function papersOf(source: string, file: string): PostPapers {
  const tree = parseMdx(source, file);
  if (readFrontMatter(tree, file).paper !== undefined) {
    throw new ContentError(
      'reviews one paper, named in its front matter (`paper:`); other papers go in a post of their own',
      {file, hint: 'pass another --date'},
    );
  }
  const {papers} = reviewPostFromTree(tree, file);
  const numbers = papers.flatMap((paper) =>
    paper.number === undefined ? [] : [paper.number],
  );
  return {
    count: papers.length,
    ...(numbers.length > 0 && {highest: Math.max(...numbers)}),
    arxivLines: new Map(
      papers
        .filter((paper) => paper.arxivId)
        .map((paper) => [paper.arxivId!, paper.line]),
    ),
  };
}

/**
 * The text to write (the whole new post, or what to append to the
 * existing one, in its own line endings), each new paper's number and the
 * line of its placeholder. The post with the addition is parsed again: a
 * section the post's end would swallow (an unclosed code block or element)
 * is refused, since it would not be a paper.
 */
export function planAddition(options: {
  existing: string | undefined;
  file: string;
  date: PostDate;
  papers: readonly PaperMetadata[];
  post?: PostPapers;
}): {text: string; numbers: number[]; placeholderLines: number[]} {
  const {existing, file, date, papers, post} = options;
  const numbered = !post || post.count === 0 || post.highest !== undefined;
  const first = (post?.highest ?? post?.count ?? 0) + 1;
  const numbers = papers.map((_, index) => first + index);
  const sections = papers.map((paper, index) =>
    renderPaperSection(paper, {
      ...(numbered && {number: numbers[index]}),
      tags: suggestOrgs(paper).tags,
    }),
  );
  if (papers.length === 0) {
    return {text: '', numbers, placeholderLines: []};
  }
  const newline = existing?.includes('\r\n') ? '\r\n' : '\n';
  // In `\n`, turned into the post's own line ending below.
  const separator =
    existing === undefined || /(?:\r?\n){2}$/.test(existing)
      ? ''
      : /\r?\n$/.test(existing)
        ? '\n'
        : '\n\n';
  const text =
    existing === undefined
      ? renderPost(date, sections)
      : `${separator}${sections.join('\n\n')}\n`.replaceAll('\n', newline);

  const whole = `${existing ?? ''}${text}`;
  const after = reviewPostFromTree(parseMdx(whole, file), file).papers;
  const swallowed = papers.find(
    (paper) => !after.some((known) => known.arxivId === paper.arxivId),
  );
  if (swallowed) {
    throw new ContentError(
      `a section added at the end would not be read as a paper (arXiv ${swallowed.arxivId}): the post ends inside a code block or an element; nothing was written to it`,
      {file, hint: 'close it, then run add-paper again'},
    );
  }
  const lines = whole.split(/\r?\n/);
  let from = existing === undefined ? 0 : existing.split(/\r?\n/).length - 1;
  const placeholderLines = papers.map(() => {
    const at = lines.indexOf(REVIEW_PLACEHOLDER, from);
    from = at + 1;
    return at + 1;
  });
  return {text, numbers, placeholderLines};
}
