import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFileMessage} from 'vfile-message';
import {parse as parseYaml} from 'yaml';
import {ContentError} from './errors';
import {ownTitle} from './postTitle';
import {
  findPaperSections,
  firstHeadingTitle,
  type Paper,
  type PaperSection,
} from './papers';
import {
  calendarDate,
  parseIsoDate,
  parsePostPath,
  type PostDate,
  type PostLocation,
} from './postPath';
import type {Root} from 'mdast';

/** What every indexed post has: where it is served, its date and papers. */
export interface PostBase {
  /** The file as given, used in messages. */
  file: string;
  /** The public URL path, after any front-matter `slug` or `id`. */
  permalink: string;
  date: PostDate;
  /**
   * Front-matter `title`, else the level-1 heading, if any; for a review,
   * none when it only dates the post (`ownTitle`).
   */
  title?: string;
  papers: Paper[];
}

/** A review post: a dated file under `docs/papers`. */
export interface ReviewPost extends PostBase, PostLocation {
  kind: 'review';
}

/** A blog post, which may review papers too. */
export interface BlogPost extends PostBase {
  kind: 'blog';
}

const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkMath)
  .freeze();

// Docusaurus compiles `.md` files as CommonMark, where HTML stays raw HTML.
const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkMath)
  .freeze();

/**
 * Parses a post with the syntax Docusaurus compiles it with (MDX, or plain
 * CommonMark for a `.md` file; GFM, front matter, directives, math), after
 * the same `{#id}` escaping, so that lines and heading ids agree with the
 * built site.
 */
export function parseMdx(source: string, file: string): Root {
  try {
    const parser = /\.md$/i.test(file) ? markdownParser : mdxParser;
    return parser.parse(escapeMarkdownHeadingIds(source));
  } catch (error) {
    if (error instanceof VFileMessage) {
      // Some parse errors carry their place only as a range, and JSX tag
      // mismatches only inside their text: `… (3:1-3:6)`.
      const place =
        error.place && 'start' in error.place ? error.place.start : error.place;
      const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason);
      const line = error.line ?? place?.line ?? Number(inText?.[1] ?? NaN);
      const column =
        error.column ?? place?.column ?? Number(inText?.[2] ?? NaN);
      throw new ContentError(`MDX syntax error: ${error.reason}`, {
        file,
        ...(Number.isFinite(line) && {line}),
        ...(Number.isFinite(column) && {column}),
        hint: 'fix the syntax at that spot; `{`, `<` and `}` in prose must be escaped as \\{ \\< \\}',
      });
    }
    throw error;
  }
}

/** Reads a review post: its date from the path and its papers from the text. */
export function parsePost(source: string, file: string): ReviewPost {
  return reviewPostFromTree(parseMdx(source, file), file);
}

/** `parsePost` for a caller that already holds the parsed tree of the post. */
export function reviewPostFromTree(
  tree: Root,
  file: string,
  sections: readonly PaperSection[] = findPaperSections(tree),
): ReviewPost {
  const location = parsePostPath(file);
  const frontMatter = readFrontMatter(tree, file);
  const title = ownTitle(
    stringField(frontMatter, 'title') ?? firstHeadingTitle(tree),
  );
  return {
    kind: 'review',
    ...location,
    permalink: reviewPermalink(location, frontMatter),
    file,
    ...(title && {title}),
    papers: sections.map((section) => section.paper),
  };
}

/**
 * Reads a blog post (`blog/YYYY-MM-DD-name.mdx`): its URL and date as the
 * Docusaurus blog derives them, and any papers it reviews.
 */
export function parseBlogPost(source: string, file: string): BlogPost {
  return blogPostFromTree(parseMdx(source, file), file);
}

/** `parseBlogPost` for a caller that already holds the parsed tree. */
export function blogPostFromTree(
  tree: Root,
  file: string,
  sections: readonly PaperSection[] = findPaperSections(tree),
): BlogPost {
  const frontMatter = readFrontMatter(tree, file);
  const name = blogFileName(file);
  const frontMatterDate = frontMatter.date;
  const date =
    (typeof frontMatterDate === 'string' && parseIsoDate(frontMatterDate)) ||
    (frontMatterDate instanceof Date &&
      calendarDate(
        frontMatterDate.getUTCFullYear(),
        frontMatterDate.getUTCMonth() + 1,
        frontMatterDate.getUTCDate(),
      )) ||
    (name?.year &&
      calendarDate(Number(name.year), Number(name.month), Number(name.day)));
  const permalink = blogPermalink(file, frontMatter);
  if (!date || permalink === undefined) {
    throw new ContentError(
      'a blog post needs a date: name it YYYY-MM-DD-name.mdx',
      {
        file,
        hint: 'rename the file, e.g. blog/2025-10-27-welcome.mdx',
      },
    );
  }
  const title = stringField(frontMatter, 'title') ?? firstHeadingTitle(tree);
  return {
    kind: 'blog',
    file,
    permalink,
    date,
    ...(title && {title}),
    papers: sections.map((section) => section.paper),
  };
}

/**
 * Where the Docusaurus blog serves a post: `/blog/<slug>` when front matter
 * sets one, else `/blog/YYYY/MM/DD/name` from a dated file name, else
 * `/blog/name`. Undefined for a file that is not a blog post.
 */
export function blogPermalink(
  file: string,
  frontMatter: Record<string, unknown>,
): string | undefined {
  const name = blogFileName(file);
  if (!name) return undefined;
  const slug = stringField(frontMatter, 'slug');
  return slug
    ? `/blog/${slug.replace(/^\//, '')}`
    : name.year
      ? `/blog/${name.year}/${name.month}/${name.day}/${name.rest}`
      : `/blog/${name.rest}`;
}

function blogFileName(
  file: string,
): {year?: string; month?: string; day?: string; rest: string} | undefined {
  const inBlog = /(?:^|\/)blog\/(.+)$/.exec(file.replaceAll('\\', '/'))?.[1];
  const match =
    inBlog &&
    /^(?:(\d{4})-(\d{2})-(\d{2})-)?(.+?)(?:\/index)?\.mdx?$/.exec(inBlog);
  if (!match) return undefined;
  const [, year, month, day, rest = ''] = match;
  return year ? {year, month, day, rest} : {rest};
}

/** The front matter of a post as data (empty when it has none). */
export function readFrontMatter(
  tree: Root,
  file: string,
): Record<string, unknown> {
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (!yamlNode) {
    return {};
  }
  let data: unknown;
  try {
    data = parseYaml(yamlNode.value);
  } catch (error) {
    throw new ContentError(`front matter is not valid YAML: ${String(error)}`, {
      file,
      line: yamlNode.position?.start.line ?? 1,
      hint: 'fix the YAML between the two --- lines',
    });
  }
  return data && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/**
 * The URL Docusaurus serves a review at: its path, unless front matter sets
 * `id` (the last segment) or `slug` (absolute from the year, else relative to
 * the month folder).
 */
export function reviewPermalink(
  location: PostLocation,
  frontMatter: Record<string, unknown>,
): string {
  const yearBase = location.permalink.replace(/\/[^/]+\/[^/]+$/, '');
  const monthBase = location.permalink.replace(/\/[^/]+$/, '');
  const slug = stringField(frontMatter, 'slug');
  if (slug) {
    return slug.startsWith('/') ? `${yearBase}${slug}` : `${monthBase}/${slug}`;
  }
  const id = stringField(frontMatter, 'id');
  return id ? `${monthBase}/${id}` : location.permalink;
}

function stringField(
  data: Record<string, unknown>,
  key: string,
): string | undefined {
  const value = data[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
