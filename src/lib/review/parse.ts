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
import {findPaperSections, headingTitle, type Paper} from './papers';
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
  /** Front-matter `title`, else the level-1 heading, if any. */
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

/**
 * Parses MDX with the syntax Docusaurus compiles posts with (MDX, GFM, front
 * matter, directives, math), after the same `{#id}` escaping, so that lines
 * and heading ids agree with the built site.
 */
export function parseMdx(source: string, file: string): Root {
  try {
    return mdxParser.parse(escapeMarkdownHeadingIds(source));
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
export function reviewPostFromTree(tree: Root, file: string): ReviewPost {
  const location = parsePostPath(file);
  const frontMatter = readFrontMatter(tree, file);
  const title = stringField(frontMatter, 'title') ?? firstHeadingTitle(tree);
  return {
    kind: 'review',
    ...location,
    permalink: reviewPermalink(location, frontMatter),
    file,
    ...(title && {title}),
    papers: findPaperSections(tree).map((section) => section.paper),
  };
}

/**
 * Reads a blog post (`blog/YYYY-MM-DD-name.mdx`): its URL and date as the
 * Docusaurus blog derives them, and any papers it reviews.
 */
export function parseBlogPost(source: string, file: string): BlogPost {
  const tree = parseMdx(source, file);
  const frontMatter = readFrontMatter(tree, file);
  const name =
    /(?:^|\/)(\d{4})-(\d{2})-(\d{2})-([^/]+?)(?:\/index)?\.mdx?$/.exec(
      file.replaceAll('\\', '/'),
    );
  const frontMatterDate = frontMatter.date;
  const date =
    (typeof frontMatterDate === 'string' && parseIsoDate(frontMatterDate)) ||
    (frontMatterDate instanceof Date &&
      calendarDate(
        frontMatterDate.getUTCFullYear(),
        frontMatterDate.getUTCMonth() + 1,
        frontMatterDate.getUTCDate(),
      )) ||
    (name && calendarDate(Number(name[1]), Number(name[2]), Number(name[3])));
  if (!date || !name) {
    throw new ContentError(
      'a blog post needs a date: name it YYYY-MM-DD-name.mdx',
      {
        file,
        hint: 'rename the file, e.g. blog/2025-10-27-welcome.mdx',
      },
    );
  }
  const slug = stringField(frontMatter, 'slug');
  const permalink = slug
    ? `/blog/${slug.replace(/^\//, '')}`
    : `/blog/${name[1]}/${name[2]}/${name[3]}/${name[4]}`;
  const title = stringField(frontMatter, 'title') ?? firstHeadingTitle(tree);
  return {
    kind: 'blog',
    file,
    permalink,
    date,
    ...(title && {title}),
    papers: findPaperSections(tree).map((section) => section.paper),
  };
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

function firstHeadingTitle(tree: Root): string | undefined {
  const heading = tree.children.find(
    (node) => node.type === 'heading' && node.depth === 1,
  );
  return heading?.type === 'heading'
    ? headingTitle(heading) || undefined
    : undefined;
}
