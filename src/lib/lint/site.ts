import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {
  checkPostPath,
  findPaperSections,
  frontMatterDocument,
  publicAnchors,
} from '../review';
import {listPostFiles} from '../review/scan';
import {readLedger} from './ledger';
import {parseWithRecovery} from './parsing';
import {collectPostNodes} from './postNodes';
import {buildRoutes, reviewUrl} from './routes';
import type {LintPost, Site} from './types';

/** What to lint and how. */
export interface LintOptions {
  /** The site folder; defaults to the current folder. */
  root?: string;
  /** Posts or folders below `docs/papers` to report on; default all. */
  paths?: readonly string[];
  /** The largest image size allowed, in KiB (default 1024). */
  maxImageKb?: number;
}

/** The default cap on an image's file size, in KiB. */
export const DEFAULT_MAX_IMAGE_KB = 1024;

/** A request the linter cannot carry out: a path that is not a post, say. */
export class LintUsageError extends Error {
  override name = 'LintUsageError';
}

/**
 * Reads and parses every review post of the site once, and everything the
 * rules need besides (routes, asset files, the anchors ledger).
 */
export function loadSite(options: LintOptions = {}): Site {
  const root = path.resolve(options.root ?? process.cwd());
  const papers = path.join(root, 'docs', 'papers');
  if (!existsSync(papers)) {
    throw new LintUsageError(
      `${root} has no docs/papers folder; run from the site folder or pass --root`,
    );
  }
  const posts = listPostFiles(root).map((file) => readPost(root, file));
  const otherFiles = readdirSync(papers, {recursive: true, encoding: 'utf8'})
    .map((file) => `docs/papers/${file.split(path.sep).join('/')}`)
    .filter(
      (file) =>
        !file.endsWith('.mdx') && statSync(path.join(root, file)).isFile(),
    )
    .sort();
  const targets = selectTargets(root, posts, options.paths);
  const {routes, pages, prefixes} = buildRoutes(root, posts);
  const ledger = readLedger(root);
  return {
    root,
    posts,
    targets,
    wholeSite: targets.length === posts.length,
    routes,
    pages,
    routePrefixes: prefixes,
    otherFiles,
    maxImageBytes: (options.maxImageKb ?? DEFAULT_MAX_IMAGE_KB) * 1024,
    ...(ledger && {ledger}),
  };
}

function readPost(root: string, file: string): LintPost {
  const absolutePath = path.join(root, file);
  const source = readFileSync(absolutePath, 'utf8');
  const pathCheck = checkPostPath(file);
  const {tree, problems} = parseWithRecovery(source, file);
  const frontMatter = tree && frontMatterDocument(tree);
  const data = frontMatterData(frontMatter);
  const location = pathCheck.ok ? pathCheck.location : undefined;
  const sections = tree ? findPaperSections(tree) : [];
  return {
    file,
    absolutePath,
    source,
    path: pathCheck,
    ...(location && {location}),
    ...(tree && {tree}),
    parseProblems: problems,
    ...(frontMatter && {frontMatter}),
    data,
    ...(location && reviewUrl(location, data)),
    draft: data.draft === true,
    sections,
    anchors: tree ? publicAnchors(tree, sections) : [],
    nodes: collectPostNodes(tree),
  };
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
  const papers = path.join(root, 'docs', 'papers');
  const selected = new Set<LintPost>();
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (!existsSync(absolute)) {
      throw new LintUsageError(`${given} does not exist`);
    }
    if (absolute !== papers && !absolute.startsWith(papers + path.sep)) {
      throw new LintUsageError(
        `${given} is not below ${path.relative(process.cwd(), papers) || papers}; lint-posts checks review posts only`,
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
