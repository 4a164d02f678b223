import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import {
  blogPermalink,
  checkPostPath,
  findPaperSections,
  frontMatterDocument,
  publicAnchors,
} from '../review';
import {listBlogFiles, listPostFiles} from '../review/scan';
import {readLedger} from './ledger';
import {parseWithRecovery} from './parsing';
import {collectPostNodes} from './postNodes';
import {buildRoutes, normalizeRoute, reviewUrl} from './routes';
import type {LintPost, ParseProblem, Site} from './types';
import type {Root} from 'mdast';

/** What to load and check, and how. */
export interface LintOptions {
  /** The site folder; defaults to the current folder. */
  root?: string;
  /** Posts or folders below `docs/papers` or `blog` to report on; default all. */
  paths?: readonly string[];
  /** The largest image size allowed, in KiB (default 1024). */
  maxImageKb?: number;
  /**
   * Where parsed posts are kept between loads (default: one store for the
   * process). The site config shares its store with the MDX pipeline,
   * which then compiles the trees parsed here instead of parsing again.
   */
  parsed?: ParsedPosts;
}

/** Posts parsed in this process, by absolute path. */
export type ParsedPosts = Map<string, LintPost>;

/** The default cap on an image's file size, in KiB. */
export const DEFAULT_MAX_IMAGE_KB = 1024;

/** A request the linter cannot carry out: a path that is not a post, say. */
export class LintUsageError extends Error {
  override name = 'LintUsageError';
}

/**
 * The one load of a site: reads and parses every review and blog post once,
 * and gathers everything the rules need besides (routes, asset files, the
 * anchors ledger). The paper index and the search records use it too.
 */
export function loadSite(options: LintOptions = {}): Site {
  const root = path.resolve(options.root ?? process.cwd());
  const papers = path.join(root, 'docs', 'papers');
  if (!existsSync(papers)) {
    throw new LintUsageError(
      `${root} has no docs/papers folder; run from the site folder or pass --root`,
    );
  }
  const parsed = options.parsed ?? parsedStore;
  const posts = listPostFiles(root).map((file) =>
    readPost(parsed, root, file, 'review'),
  );
  const blogPosts = listBlogFiles(root).map((file) =>
    readPost(parsed, root, file, 'blog'),
  );
  const otherFiles = readdirSync(papers, {recursive: true, encoding: 'utf8'})
    .map((file) => `docs/papers/${file.split(path.sep).join('/')}`)
    .filter(
      (file) =>
        !/\.mdx?$/.test(file) && statSync(path.join(root, file)).isFile(),
    )
    .sort();
  const targets = selectTargets(root, [...posts, ...blogPosts], options.paths);
  const {routes, pages, prefixes} = buildRoutes(root, posts, blogPosts);
  const ledger = readLedger(root);
  return {
    root,
    posts,
    blogPosts,
    targets,
    wholeSite: targets.length === posts.length + blogPosts.length,
    routes,
    pages,
    routePrefixes: prefixes,
    otherFiles,
    context: {
      maxImageBytes: (options.maxImageKb ?? DEFAULT_MAX_IMAGE_KB) * 1024,
    },
    ...(ledger && {ledger}),
  };
}

/**
 * Posts already parsed in this process. The dev server loads the site
 * again after every edit: only the edited post is parsed again, not the
 * whole site.
 */
export const parsedStore: ParsedPosts = new Map();

/**
 * The post `loadSite` parsed at `absolutePath`, with its tree, if `document`
 * is the text it parsed (after the escaping Docusaurus applies) and it
 * parsed without a syntax error.
 */
export function loadedPost(
  parsed: ParsedPosts,
  absolutePath: string,
  document: string,
): (LintPost & {tree: Root}) | undefined {
  const post = parsed.get(absolutePath);
  if (!post?.tree || !post.complete || post.parseProblems.length > 0) {
    return undefined;
  }
  if (escapeMarkdownHeadingIds(post.source) !== document) return undefined;
  return post as LintPost & {tree: Root};
}

function readPost(
  parsed: ParsedPosts,
  root: string,
  file: string,
  kind: LintPost['kind'],
): LintPost {
  const absolutePath = path.join(root, file);
  const source = readFileSync(absolutePath, 'utf8');
  const known = parsed.get(absolutePath);
  if (known?.source === source && known.kind === kind) {
    return known;
  }
  const {tree, complete, problems} = parseWithRecovery(source, file);
  const post = postFromTree({
    root,
    file,
    kind,
    complete,
    source,
    tree,
    parseProblems: problems,
  });
  parsed.set(absolutePath, post);
  return post;
}

/**
 * A post as the rules see it, from its parsed tree: the MDX pipeline hands
 * in the tree it compiles, `loadSite` the one it parsed.
 */
export function postFromTree({
  root,
  file,
  kind,
  source,
  tree,
  complete = tree !== undefined,
  parseProblems = [],
}: {
  root: string;
  /** Relative to the site folder, with forward slashes. */
  file: string;
  kind: LintPost['kind'];
  source: string;
  tree: Root | undefined;
  complete?: boolean;
  parseProblems?: ParseProblem[];
}): LintPost {
  const pathCheck = checkPostPath(file);
  const frontMatter = tree && frontMatterDocument(tree);
  const data = frontMatterData(frontMatter);
  const location =
    kind === 'review' && pathCheck.ok ? pathCheck.location : undefined;
  const sections = tree ? findPaperSections(tree) : [];
  return {
    kind,
    file,
    absolutePath: path.join(root, file),
    source,
    path: pathCheck,
    ...(location && {location}),
    ...(tree && {tree}),
    complete,
    parseProblems,
    ...(frontMatter && {frontMatter}),
    data,
    ...(location && reviewUrl(location, data)),
    ...(kind === 'blog' && blogUrl(file, data)),
    draft: data.draft === true,
    sections,
    anchors: tree ? publicAnchors(tree, sections) : [],
    nodes: collectPostNodes(tree),
  };
}

function blogUrl(
  file: string,
  data: Record<string, unknown>,
): {url: string} | undefined {
  const url = blogPermalink(file, data);
  return url === undefined ? undefined : {url: normalizeRoute(url)};
}

function frontMatterData(
  frontMatter: ReturnType<typeof frontMatterDocument>,
): Record<string, unknown> {
  if (!frontMatter || frontMatter.errors.length > 0) {
    return {};
  }
  try {
    const data: unknown = frontMatter.document.toJS();
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function selectTargets(
  root: string,
  posts: LintPost[],
  paths: readonly string[] | undefined,
): LintPost[] {
  if (!paths || paths.length === 0) {
    return posts;
  }
  const folders = [path.join(root, 'docs', 'papers'), path.join(root, 'blog')];
  const selected = new Set<LintPost>();
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (!existsSync(absolute)) {
      throw new LintUsageError(`${given} does not exist`);
    }
    if (
      !folders.some(
        (folder) =>
          absolute === folder || absolute.startsWith(folder + path.sep),
      )
    ) {
      throw new LintUsageError(
        `${given} is not below docs/papers or blog; lint-posts checks posts only`,
      );
    }
    const matches = posts.filter(
      (post) =>
        post.absolutePath === absolute ||
        post.absolutePath.startsWith(absolute + path.sep),
    );
    if (matches.length === 0) {
      throw new LintUsageError(`${given} holds no .mdx post`);
    }
    for (const post of matches) {
      selected.add(post);
    }
  }
  return posts.filter((post) => selected.has(post));
}
