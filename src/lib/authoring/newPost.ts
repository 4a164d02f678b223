import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {
  calendarDate,
  extractArxivId,
  parseIsoDate,
  parsePostPath,
  postDocPath,
  type PostDate,
} from '../review';
import {PLACEHOLDER} from '../review/placeholder';
import {UsageError} from './errors';

/** Where `npm start` serves the site while the author writes. */
export const DEV_SERVER_URL = 'http://127.0.0.1:3000';

export {PLACEHOLDER};

/** A paper the author named on the command line; its title is unknown offline. */
export interface PaperStub {
  url: string;
  arxivId?: string;
}

/** What `createPost` needs: the site folder and the command-line values. */
export interface NewPostOptions {
  /** The site folder, which holds `docs/papers`. */
  siteDir: string;
  /** `YYYY-MM-DD`; today in the local time zone when absent. */
  date?: string;
  /** Paper URLs, one paper section each, in order. */
  papers?: readonly string[];
  /** The clock, for tests. */
  now?: Date;
}

/** The post that was created and where to look at it. */
export interface NewPostResult {
  date: PostDate;
  /** The post, relative to the site folder, with forward slashes. */
  file: string;
  /** Its images folder, relative to the site folder. */
  assetDir: string;
  /** Whether the images folder had to be created. */
  assetDirCreated: boolean;
  papers: PaperStub[];
  /** The post on the development server. */
  url: string;
}

/**
 * The post that already exists for a date. Nothing was written: the author's
 * post is never overwritten by a template.
 */
export class PostExistsError extends Error {
  readonly file: string;

  constructor(file: string) {
    super(
      `${file} already exists; nothing was changed. Open it to keep writing, or pass another --date.`,
    );
    this.name = 'PostExistsError';
    this.file = file;
  }
}

/**
 * The date a new post is for: `YYYY-MM-DD` read strictly, or today's date in
 * the local time zone (the author's calendar, not UTC's).
 */
export function resolvePostDate(
  text: string | undefined,
  now: Date = new Date(),
  option = '--date',
): PostDate {
  if (text === undefined) {
    return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
  }
  const date = parseIsoDate(text.trim());
  if (!date) {
    throw new UsageError(
      `${option} "${text}" is not a calendar date written YYYY-MM-DD; give one like ${option} 2025-10-27`,
    );
  }
  return date;
}

/** Checks that every paper URL is http(s) and reads its arXiv id, if any. */
export function paperStubs(urls: readonly string[]): PaperStub[] {
  return urls.map((raw) => {
    let url: URL | undefined;
    try {
      url = new URL(raw.trim());
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new UsageError(
        `--paper "${raw}" is not an http(s) URL; give the paper's page, e.g. --paper https://huggingface.co/papers/2510.14901`,
      );
    }
    const arxivId = extractArxivId(url.href);
    return {url: url.href, ...(arxivId && {arxivId})};
  });
}

/**
 * The text of a new post: a title, a guide to the conventions in an MDX
 * comment (the figure example cannot be live: a Figure needs a real image),
 * and one paper section per paper, or a single placeholder section.
 */
export function renderPostTemplate(
  date: PostDate,
  papers: readonly PaperStub[],
): string {
  return renderPost(
    date,
    (papers.length > 0
      ? papers
      : [{url: 'https://huggingface.co/papers/TODO'} satisfies PaperStub]
    ).map((paper, index) => paperSection(paper, index + 1, index === 0)),
  );
}

/**
 * Creates the post of a date with its `asset/` folder and returns where it
 * is. Throws `PostExistsError` when the post exists (changing nothing) and
 * `UsageError` for a bad date, URL or site folder.
 */
export function createPost(options: NewPostOptions): NewPostResult {
  const date = resolvePostDate(options.date, options.now);
  const papers = paperStubs(options.papers ?? []);
  const written = writeNewPost(
    options.siteDir,
    date,
    renderPostTemplate(date, papers),
  );
  return {...written, papers};
}

/**
 * The template's title and guide followed by the given paper sections
 * (Markdown text, one per paper).
 */
export function renderPost(
  date: PostDate,
  sections: readonly string[],
): string {
  const stamp = date.iso.replaceAll('-', '');
  return `${[`# ${date.iso} papers review`, guide(stamp), ...sections].join('\n\n')}\n`;
}

/**
 * Writes a new post's text with its `asset/` folder; never replaces a post
 * that exists, even one that appeared a moment ago.
 */
export function writeNewPost(
  siteDir: string,
  date: PostDate,
  text: string,
): Omit<NewPostResult, 'papers'> {
  assertSiteFolder(siteDir);
  const file = `docs/${postDocPath(date)}`;
  const absolute = path.join(siteDir, file);
  if (existsSync(absolute)) {
    throw new PostExistsError(file);
  }
  const assetDir = `${path.posix.dirname(file)}/asset`;
  const assetDirAbsolute = path.join(siteDir, assetDir);
  const assetDirCreated = !existsSync(assetDirAbsolute);
  // Left empty: git starts tracking it with the first image, and a
  // placeholder file would stay behind among the images for good.
  mkdirSync(assetDirAbsolute, {recursive: true});
  try {
    // `wx` refuses to replace a post that appeared since the check above.
    writeFileSync(absolute, text, {flag: 'wx'});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new PostExistsError(file);
    }
    throw error;
  }
  return {
    date,
    file,
    assetDir,
    assetDirCreated,
    url: `${DEV_SERVER_URL}${parsePostPath(file).permalink}`,
  };
}

function guide(stamp: string): string {
  return `{/*
  리뷰 글 쓰는 법 (이 주석은 화면에 나오지 않습니다. 다 쓰고 나면 지워도 됩니다)

  - 논문 하나는 \`##\` 제목 하나입니다. 번호, 논문 링크(Hugging Face 논문 페이지나
    arXiv abs/pdf 주소), 그 뒤에 기관 태그를 인라인 코드로 씁니다. 기관 태그는
    src/data/orgs.ts 에 있는 id 나 별칭입니다. 바로 아래의 \`###\` 제목은 부제목이고
    (없어도 됩니다), 다음 \`##\` 제목 전까지가 그 논문의 본문입니다.

      ## 1. [Reasoning with Sampling](https://huggingface.co/papers/2510.14901) \`harvard\`
      ### Your Base Model is Smarter Than You Think

  - 그림은 이 글 옆의 asset/ 폴더에 넣고, 가져와서 Figure 로 보여 줍니다. alt 에는
    그림이 보여 주는 내용을 적습니다. 파일이 없거나 alt 가 비어 있으면 빌드가 멈춥니다.

      import img0 from './asset/${stamp}_img0.png';

      <Figure src={img0} alt="그림이 보여 주는 내용" width={500} caption="설명(없어도 됩니다)" />

  - 수식은 문장 안에서는 $...$, 따로 세울 때는 $$ 두 줄 사이에 씁니다(KaTeX).
  - ${PLACEHOLDER} 로 표시한 자리를 모두 채우거나 지운 뒤에 올리세요.
*/}`;
}

function paperSection(
  paper: PaperStub,
  number: number,
  withMath: boolean,
): string {
  const title = paper.arxivId
    ? `${PLACEHOLDER} 논문 제목 (arXiv ${paper.arxivId})`
    : `${PLACEHOLDER} 논문 제목`;
  const lines = [
    `## ${number}. [${title}](${linkDestination(paper.url)})`,
    `### ${PLACEHOLDER} 부제목 (없으면 이 줄을 지우세요)`,
    '',
    `${PLACEHOLDER} 리뷰 본문.`,
  ];
  if (withMath) {
    lines.push(
      '',
      String.raw`수식은 $\mathrm{softmax}(QK^\top/\sqrt{d_k})V$ 처럼 문장 안에 쓰거나, 따로 세웁니다.`,
      '',
      '$$',
      String.raw`\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V`,
      '$$',
    );
  }
  return lines.join('\n');
}

// A parenthesis would end the Markdown link early; the parser unescapes it.
function linkDestination(url: string): string {
  return url.replaceAll('(', '\\(').replaceAll(')', '\\)');
}

/**
 * Bad usage when a folder is not a site folder (it has no docs/papers),
 * said before anything is fetched or written.
 */
export function assertSiteFolder(siteDir: string): void {
  const papersDir = path.join(siteDir, 'docs', 'papers');
  if (!isDirectory(papersDir)) {
    throw new UsageError(
      `${papersDir} is not a folder; run this from the site folder (the one with docusaurus.config.ts)`,
    );
  }
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
