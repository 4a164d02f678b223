import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {orgForAffiliation, type OrgId} from '../../data/orgs';
import {
  ContentError,
  extractArxivId,
  parseMdx,
  parsePostPath,
  postDocPath,
  readFrontMatter,
  reviewPostFromTree,
  type PostDate,
} from '../review';
import {
  metadataFile,
  metadataStore,
  serializeMetadata,
  type PaperMetadata,
} from '../paperMetadata/metadata';
import {fetchPaper, type Sources} from '../paperMetadata/sources';
import {UsageError} from './errors';
import {
  DEV_SERVER_URL,
  PLACEHOLDER,
  assertSiteFolder,
  renderPost,
  resolvePostDate,
  writeNewPost,
} from './newPost';

/** The review text a new paper section starts with, until it is written. */
export const REVIEW_PLACEHOLDER = `${PLACEHOLDER}: 이 논문의 리뷰를 씁니다.`;

const BARE_ID =
  /^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/**
 * The arXiv id a command-line argument names: a bare id (`2510.14901`,
 * `arXiv:2510.14901v2`), or a Hugging Face or arXiv paper URL.
 */
export function paperReference(text: string): string {
  const trimmed = text.trim();
  const bare = BARE_ID.exec(trimmed);
  const id = bare ? bare[1]! : extractArxivId(trimmed);
  if (!id) {
    throw new UsageError(
      `"${text}" is neither an arXiv id nor a Hugging Face or arXiv paper URL; give one like 2510.14901 or https://huggingface.co/papers/2510.14901 (for any other page, use new-post --paper URL)`,
    );
  }
  return id;
}

/**
 * `Title: Sub-title` as the author writes it: the heading's title and the
 * `###` sub-title under it. Only the first `: ` splits.
 */
export function splitTitle(title: string): {title: string; subtitle?: string} {
  const match = /^(.+?):\s+(\S.*)$/.exec(title);
  return match
    ? {title: match[1]!.trim(), subtitle: match[2]!.trim()}
    : {title};
}

/**
 * Organisation tags for a paper from its authors' affiliations and its
 * Hugging Face organisation, through the registry's names and aliases; an
 * affiliation the registry does not name is returned in `unknown`, never
 * matched to a near spelling.
 */
export function suggestOrgs(metadata: PaperMetadata): {
  tags: OrgId[];
  unknown: string[];
} {
  const tags = new Set<OrgId>();
  const unknown = new Set<string>();
  const affiliations = [
    ...metadata.authors.flatMap((author) => author.affiliations ?? []),
    ...(metadata.organization
      ? [metadata.organization.fullName ?? metadata.organization.name]
      : []),
  ];
  for (const affiliation of affiliations) {
    const id =
      orgForAffiliation(affiliation) ??
      (metadata.organization &&
      affiliation ===
        (metadata.organization.fullName ?? metadata.organization.name)
        ? orgForAffiliation(metadata.organization.name)
        : undefined);
    if (id) tags.add(id);
    else unknown.add(affiliation);
  }
  return {tags: [...tags], unknown: [...unknown]};
}

/** Characters that would end the link text or start MDX/Markdown syntax. */
function escapeTitle(text: string): string {
  return text.replace(/[\\[\]*_`<{}]/g, (character) => `\\${character}`);
}

/**
 * A paper's section as the author writes one: number, linked title
 * (Hugging Face page when it has one, else arXiv), organisation tags, the
 * sub-title, and a placeholder the content rules flag until it is written.
 */
export function renderPaperSection(
  metadata: PaperMetadata,
  options: {number?: number; tags: readonly string[]},
): string {
  const {title, subtitle} = splitTitle(metadata.title);
  const link = metadata.links.huggingFace ?? metadata.links.arxiv;
  const number = options.number === undefined ? '' : `${options.number}. `;
  const tags = options.tags.map((tag) => ` \`${tag}\``).join('');
  return [
    `## ${number}[${escapeTitle(title)}](${link})${tags}`,
    ...(subtitle ? [`### ${escapeTitle(subtitle)}`] : []),
    '',
    REVIEW_PLACEHOLDER,
  ].join('\n');
}

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
  const existing = existsSync(absolute)
    ? readFileSync(absolute, 'utf8')
    : undefined;
  const post = existing === undefined ? undefined : papersOf(existing, file);
  const present = post?.arxivLines ?? new Map<string, number>();

  const cached = metadataStore(options.siteDir);
  const toAdd: {metadata: PaperMetadata; fetched: boolean}[] = [];
  for (const id of ids.filter((id) => !present.has(id))) {
    const known = cached(id);
    if (known && !known.withdrawn) {
      toAdd.push({metadata: known, fetched: false});
      continue;
    }
    options.onFetch?.(id);
    toAdd.push({
      metadata: await fetchPaper(id, options.sources),
      fetched: true,
    });
  }

  const numbered = !post || post.count === 0 || post.numbered;
  const sections = toAdd.map(({metadata}, index) =>
    renderPaperSection(metadata, {
      ...(numbered && {number: (post?.count ?? 0) + index + 1}),
      tags: suggestOrgs(metadata).tags,
    }),
  );
  const addition =
    existing === undefined
      ? renderPost(date, sections)
      : sections.length === 0
        ? ''
        : `${existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n'}${sections.join('\n\n')}\n`;
  // Where each placeholder lands, for the message that points at it.
  const lines = `${existing ?? ''}${addition}`.split('\n');
  let from = existing === undefined ? 0 : existing.split('\n').length - 1;
  const added = toAdd.map(({metadata, fetched}, index): AddedPaper => {
    const at = lines.indexOf(REVIEW_PLACEHOLDER, from);
    from = at + 1;
    const {tags, unknown} = suggestOrgs(metadata);
    return {
      status: 'added',
      arxivId: metadata.arxivId,
      title: metadata.title,
      number: (post?.count ?? 0) + index + 1,
      tags,
      unknownAffiliations: unknown,
      placeholderLine: at + 1,
      fetched,
    };
  });

  for (const {metadata, fetched} of toAdd) {
    if (fetched) writeMetadata(options.siteDir, metadata);
  }
  let created = false;
  if (existing === undefined && sections.length > 0) {
    writeNewPost(options.siteDir, date, addition);
    created = true;
  } else if (addition) {
    // Appending can only add: whatever the post holds stays byte for byte.
    appendFileSync(absolute, addition);
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
      ...added,
    ],
  };
}

/** Writes a paper's metadata file, creating the folder on first use. */
export function writeMetadata(siteDir: string, metadata: PaperMetadata): void {
  const target = path.join(siteDir, metadataFile(metadata.arxivId));
  mkdirSync(path.dirname(target), {recursive: true});
  writeFileSync(target, serializeMetadata(metadata));
}

/** What a post already reviews: its papers' count, arXiv ids and lines. */
function papersOf(
  source: string,
  file: string,
): {count: number; numbered: boolean; arxivLines: Map<string, number>} {
  const tree = parseMdx(source, file);
  if (readFrontMatter(tree, file).paper !== undefined) {
    throw new ContentError(
      'reviews one paper, named in its front matter (`paper:`); other papers go in a post of their own',
      {file, hint: 'pass another --date'},
    );
  }
  const {papers} = reviewPostFromTree(tree, file);
  return {
    count: papers.length,
    numbered: papers.some((paper) => paper.number !== undefined),
    arxivLines: new Map(
      papers
        .filter((paper) => paper.arxivId)
        .map((paper) => [paper.arxivId!, paper.line]),
    ),
  };
}
