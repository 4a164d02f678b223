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
import {parsePostPath, type PostLocation} from './postPath';
import type {Root} from 'mdast';

/** A review post: where it lives, its date and the papers it reviews. */
export interface ReviewPost extends PostLocation {
  /** The file as given, used in messages. */
  file: string;
  /** Front-matter `title`, else the level-1 heading, if any. */
  title?: string;
  papers: Paper[];
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
      throw new ContentError(`MDX syntax error: ${error.reason}`, {
        file,
        ...(error.line != null && {line: error.line}),
        ...(error.column != null && {column: error.column}),
        hint: 'fix the syntax at that spot; `{`, `<` and `}` in prose must be escaped as \\{ \\< \\}',
      });
    }
    throw error;
  }
}

/** Reads a review post: its date from the path and its papers from the text. */
export function parsePost(source: string, file: string): ReviewPost {
  const location = parsePostPath(file);
  const tree = parseMdx(source, file);
  const title = frontMatterTitle(tree, file) ?? firstHeadingTitle(tree);
  return {
    ...location,
    file,
    ...(title && {title}),
    papers: findPaperSections(tree).map((section) => section.paper),
  };
}

function frontMatterTitle(tree: Root, file: string): string | undefined {
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (!yamlNode) {
    return undefined;
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
  const title = (data as {title?: unknown} | null)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

function firstHeadingTitle(tree: Root): string | undefined {
  const heading = tree.children.find(
    (node) => node.type === 'heading' && node.depth === 1,
  );
  return heading?.type === 'heading'
    ? headingTitle(heading) || undefined
    : undefined;
}
