import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {resolveOrg} from '../../data/orgs';
import {paperPagePath, reviewPermalink} from '../review';
import {suggest} from './suggest';
import type {PostLocation} from '../review';
import type {LintPost, Route, Site} from './types';

/**
 * Pages plugins add besides review posts, blog posts and `src/pages`. A
 * pattern ending in `/*` stands for every page below it. Add a page here
 * when a plugin grows one.
 */
export const KNOWN_PAGE_ROUTES: readonly string[] = [
  '/',
  '/blog',
  '/blog/archive',
  '/blog/tags',
  '/blog/tags/*',
  '/blog/authors',
  '/blog/authors/*',
  '/blog/page/*',
  '/papers',
  '/orgs',
  '/search',
];

/**
 * Where Docusaurus serves a review: its date path, unless front matter sets
 * `slug` (absolute from the year folder, else relative to the month folder)
 * or `id` (the last segment). Also its document id, unique per year.
 */
export function reviewUrl(
  location: PostLocation,
  data: Record<string, unknown>,
): {url: string; docId: string} {
  const [, year = '', month = '', name = ''] =
    /^papers\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(location.docPath) ?? [];
  const id = nonEmptyString(data.id);
  return {
    url: normalizeRoute(reviewPermalink(location, data)),
    docId: `${year}/${month}/${id ?? name}`,
  };
}

/** A route path without a trailing slash or repeated slashes (`/` stays). */
export function normalizeRoute(url: string): string {
  const single = url.replace(/\/{2,}/g, '/');
  return single.length > 1 ? single.replace(/\/$/, '') : single;
}

/**
 * Every page links may point at: published review posts, blog posts, the
 * known pages, the page of each reviewed paper and of each organisation
 * some paper is tagged with, with the anchors of the posts.
 */
export function buildRoutes(
  root: string,
  posts: readonly LintPost[],
  blogPosts: readonly LintPost[],
): {
  routes: Map<string, Route>;
  pages: Map<string, Route>;
  prefixes: string[];
} {
  const pages = new Map<string, Route>();
  const prefixes: string[] = [];
  for (const pattern of KNOWN_PAGE_ROUTES) {
    if (pattern.endsWith('/*')) {
      prefixes.push(pattern.slice(0, -1));
    } else {
      pages.set(pattern, {url: pattern});
    }
  }
  for (const route of standalonePages(root)) {
    pages.set(route.url, route);
  }
  for (const post of blogPosts) {
    if (post.url) {
      pages.set(post.url, {
        url: post.url,
        ...(post.complete && {
          anchors: new Set(post.anchors.map((anchor) => anchor.id)),
        }),
        file: post.file,
      });
    }
  }
  for (const post of [...posts, ...blogPosts]) {
    for (const {paper} of post.sections) {
      const paperPage = paperPagePath(paper);
      pages.set(paperPage, {url: paperPage});
      for (const tag of paper.orgs) {
        const org = resolveOrg(tag);
        if (org) pages.set(`/orgs/${org.id}`, {url: `/orgs/${org.id}`});
      }
    }
  }
  const routes = new Map(pages);
  for (const post of posts) {
    if (post.url && !post.draft && post.complete) {
      routes.set(post.url, {
        url: post.url,
        anchors: new Set(post.anchors.map((anchor) => anchor.id)),
        file: post.file,
      });
    }
  }
  return {routes, pages, prefixes};
}

/**
 * Pages of `src/pages` as the Docusaurus pages plugin serves them:
 * `search.tsx` at `/search`, `a/index.tsx` at `/a`; names starting with `_`
 * and tests are not pages.
 */
export function standalonePages(root: string): Route[] {
  const folder = path.join(root, 'src', 'pages');
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .map((file) => file.split(path.sep).join('/'))
    .filter(
      (file) =>
        /\.(?:[jt]sx?|mdx?)$/.test(file) &&
        !/(?:^|\/)_/.test(file) &&
        !/\.test\.[jt]sx?$/.test(file) &&
        !/(?:^|\/)__tests__\//.test(file),
    )
    .map((file) => {
      const url = `/${file.replace(/\.[^.]+$/, '').replace(/(?:^|\/)index$/, '')}`;
      return {url: normalizeRoute(url), file: `src/pages/${file}`};
    });
}

/** What an internal link resolves to, or why it does not. */
export type LinkCheck =
  | {ok: true}
  | {ok: false; problem: 'route'; target: string; suggestion?: string}
  | {
      ok: false;
      problem: 'anchor';
      target: string;
      anchor: string;
      suggestion?: string;
    };

/** Where an internal link written in a post points. */
export interface ResolvedLink {
  /** The page's URL, or the linked file relative to the site folder. */
  target: string;
  /** The page, when the site has it. */
  route?: Route;
  anchor?: string;
  /** Set for links to a `.md`/`.mdx` file: whether that file exists. */
  fileExists?: boolean;
  /** A bare `#anchor`, on the post's own page. */
  samePage?: boolean;
}

/**
 * Resolves a link written in `post` to a page of the site and an anchor:
 * relative links against the post's URL, or its folder for `.md`/`.mdx`
 * file links. `undefined` for external URLs and empty links.
 */
export function resolveLink(
  href: string,
  post: LintPost,
  site: Site,
): ResolvedLink | undefined {
  // Browsers drop tabs and line breaks from a URL wherever they are.
  href = href.replace(/[\t\n\r]/g, '');
  if (isSchemeOrProtocol(href) || href === '') {
    return undefined;
  }
  const hashIndex = href.indexOf('#');
  const pathPart = (hashIndex < 0 ? href : href.slice(0, hashIndex)).replace(
    /\?.*$/,
    '',
  );
  const anchor = hashIndex < 0 ? undefined : decode(href.slice(hashIndex + 1));
  const withAnchor = anchor === undefined ? {} : {anchor};
  if (pathPart === '') {
    const route = post.url ? site.routes.get(post.url) : undefined;
    return {
      target: post.url ?? post.file,
      ...(route && {route}),
      ...withAnchor,
      samePage: true,
    };
  }
  if (/\.mdx?$/.test(pathPart)) {
    const absolute = pathPart.startsWith('/')
      ? path.join(site.root, decode(pathPart))
      : path.resolve(path.dirname(post.absolutePath), decode(pathPart));
    const linked = site.posts.find((other) => other.absolutePath === absolute);
    const route = linked?.url ? site.routes.get(linked.url) : undefined;
    return {
      target: path.relative(site.root, absolute).split(path.sep).join('/'),
      ...(route && {route}),
      ...withAnchor,
      fileExists: Boolean(linked) || existsSync(absolute),
    };
  }
  const base = `https://site.invalid${post.url ?? '/'}`;
  const target = normalizeRoute(decode(resolvedPath(pathPart, base)));
  const route = site.routes.get(target);
  return {target, ...(route && {route}), ...withAnchor};
}

/**
 * Checks a link written in `post` against the site's pages and anchors.
 * External URLs pass.
 */
export function checkLink(href: string, post: LintPost, site: Site): LinkCheck {
  const link = resolveLink(href, post, site);
  if (!link || (link.samePage && !link.route)) {
    return {ok: true};
  }
  const {target, route, anchor} = link;
  if (link.fileExists === false) {
    return {ok: false, problem: 'route', target};
  }
  if (link.fileExists === undefined && !route) {
    if (
      site.routePrefixes.some((prefix) => target.startsWith(prefix)) ||
      existsSync(path.join(site.root, 'static', target))
    ) {
      return {ok: true};
    }
    const suggestion = suggest(target, site.routes.keys());
    return {
      ok: false,
      problem: 'route',
      target,
      ...(suggestion && {suggestion}),
    };
  }
  if (anchor === undefined || anchor === '' || !route?.anchors) {
    return {ok: true};
  }
  if (route.anchors.has(anchor)) {
    return {ok: true};
  }
  const suggestion = suggest(anchor, route.anchors);
  return {
    ok: false,
    problem: 'anchor',
    target,
    anchor,
    ...(suggestion && {suggestion}),
  };
}

function isSchemeOrProtocol(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

// A URL path as the browser resolves it against the page it is written on.
function resolvedPath(href: string, base: string): string {
  try {
    return new URL(href, base).pathname;
  } catch {
    return href;
  }
}
