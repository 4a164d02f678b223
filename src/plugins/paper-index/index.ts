import {mkdirSync} from 'node:fs';
import {copyFile, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {aliasedSitePath} from '@docusaurus/utils';
import {FEED_FILES, renderFeeds} from './feeds';
import {LLMS_TXT_FILE, renderLlmsTxt} from './llmsTxt';
import {
  markdownCopies,
  relativeImages,
  type MarkdownCopy,
} from './markdownCopies';
import {
  homeData,
  orgPagesData,
  orgSummaries,
  papersPageData,
  reviewsPageData,
} from './pageData';
import {buildPaperIndex, type PaperIndex} from './paperIndex';
import {
  PAPERS_JSON_FILE,
  PAPERS_SCHEMA_FILE,
  renderPapersJson,
} from './papersJson';
import {indexedPosts, type IndexedPost} from './posts';
import {PAPER_INDEX_PLUGIN, SharedLoad, sharedLoadOf} from './sharedLoad';
import {postPreview} from './previews';
import {paperMentions} from './mentions';
import {paperPageData} from './paperPages';
import {DevPaperPages, writePaperPages} from './paperPageFiles';
import {reportSiteProblems} from './siteProblems';
import {PREVIEWS_FOLDER} from '../../client/previews/data';
import {
  PAPER_PAGE_ROUTE,
  PAPER_PAGES_FOLDER,
  type PaperPageData,
} from '../../client/paperPages/data';
import {paperPagePath} from '../../lib/review';
import {
  contentLicense,
  type ContentLicense,
} from '../../lib/site/contentLicense';
import type {PaperPageSitemap} from './paperPageSitemap';
import type {MetadataLookup} from '../../lib/paperMetadata/metadata';
import type {PaperAppearances} from '../../lib/review/appearances';
import type {SiteInfo} from './site';
import {
  checkSite,
  formatProblem,
  loadSite,
  parseInParallel,
  type ParsedPosts,
  type Site,
} from '../../lib/rules';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Options, shared with the MDX pipeline through the site config. */
export interface PaperIndexOptions {
  /** The store that paper cards read their "also reviewed in" links from. */
  appearances?: PaperAppearances;
  /** Where the one load keeps its parsed posts, for MDX to compile. */
  parsedPosts?: ParsedPosts;
  /** Where the sitemap learns the paper pages. */
  sitemap?: PaperPageSitemap;
  /** The papers' cached metadata (authors, abstract, dates). */
  metadata?: MetadataLookup;
}

/** The one load of the site's posts, and the index built from it. */
export interface LoadedSite {
  /** Every post, read and parsed once; the search index reads it too. */
  site: Site;
  posts: IndexedPost[];
  index: PaperIndex;
}

/** Docusaurus sets this for `docusaurus build`; the dev server shows drafts. */
const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * Indexes every reviewed paper through the content parser and publishes
 * what is built from it: the home page, `/reviews`, `/papers`, `/orgs`, `/orgs/<id>`,
 * papers.json, the feeds, llms.txt, each post's Markdown copy and the data
 * of its link previews. Only wires Docusaurus hooks; the
 * work is in the modules beside it.
 */
export default function paperIndexPlugin(
  context: LoadContext,
  options: PaperIndexOptions,
): Plugin<SharedLoad<LoadedSite>> {
  const {siteDir, siteConfig, baseUrl, i18n, generatedFilesDir} = context;
  const site: SiteInfo = {
    url: siteConfig.url,
    baseUrl,
    title: siteConfig.title,
    description: siteConfig.tagline,
    language: i18n.currentLocale,
    // Resolved once, by the config; a site without it gets the default.
    license:
      (siteConfig.customFields?.contentLicense as ContentLicense | undefined) ??
      contentLicense(),
  };
  const route = (pathname: string) =>
    `${baseUrl}${pathname.replace(/^\//, '')}`;

  /** Each post as Markdown, taken in the build while its tree is loaded. */
  let copies: MarkdownCopy[] = [];
  /** What the previous load printed; the dev server loads on every edit. */
  let printedProblems: ReadonlySet<string> = new Set();
  /** Where the dev server serves the paper pages' data from. */
  const devPaperPages = new DevPaperPages(
    path.join(generatedFilesDir, PAPER_PAGES_FOLDER),
  );

  const paperPages = ({site, posts, index}: LoadedSite): PaperPageData[] => {
    const mentions = paperMentions(site, posts, index);
    return index.papers.map((paper) =>
      paperPageData(paper, mentions.get(paper.key) ?? [], route),
    );
  };

  return {
    name: PAPER_INDEX_PLUGIN,

    // No paths to watch: the docs and blog plugins watch the posts, and
    // every reload of theirs is followed by allContentLoaded (sharedLoad.ts).
    // Not paper-metadata/ either: add-paper writes a file there as it writes
    // a post, and two plugins reloading at once can drop the new post's
    // route. A running dev server shows refreshed metadata after the next
    // edit of a post.
    loadContent() {
      return new SharedLoad(async () => {
        const load = {root: siteDir, parsed: options.parsedPosts};
        await parseInParallel(load);
        const site = loadSite(load);
        printedProblems = checkSiteProblems(site, printedProblems);
        const posts = indexedPosts(site, {drafts: !isProduction()});
        const index = buildPaperIndex(posts, options.metadata);
        options.appearances?.update(
          index.papers,
          new Map(
            posts.map((post) => [
              post.permalink,
              path.join(siteDir, post.file),
            ]),
          ),
        );
        return {site, posts, index};
      }).start();
    },

    async allContentLoaded({allContent, actions}) {
      const loaded = await sharedLoadOf(allContent);
      if (isProduction()) copies = markdownCopies(loaded.site, loaded.posts);
      const {createData, addRoute} = actions;
      // Aliased paths keep the site folder out of the bundle.
      const data = async (name: string, value: unknown) =>
        aliasedSitePath(await createData(name, JSON.stringify(value)), siteDir);

      addRoute({
        path: route('/'),
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {
          data: await data('home.json', homeData(loaded.posts, loaded.index)),
        },
      });
      addRoute({
        path: route('/reviews'),
        exact: true,
        component: '@site/src/components/ReviewsPage',
        modules: {
          data: await data('reviews.json', reviewsPageData(loaded.posts)),
        },
      });
      addRoute({
        path: route('/papers'),
        exact: true,
        component: '@site/src/components/PapersPage',
        modules: {
          data: await data('papers.json', papersPageData(loaded.index)),
        },
      });
      addRoute({
        path: route('/orgs'),
        exact: true,
        component: '@site/src/components/OrgsPage',
        modules: {data: await data('orgs.json', orgSummaries(loaded.index))},
      });
      // One route for every paper: thousands of papers would otherwise add
      // thousands of entries to the route table each page downloads.
      addRoute({
        path: route(PAPER_PAGE_ROUTE),
        // Not exact: the broken-link check takes an exact route whose
        // pattern was rendered as a page for a plain path, and would then
        // match no paper's path against it.
        exact: false,
        component: '@site/src/components/PaperPage',
      });
      options.sitemap?.update(
        loaded.index.papers.map((paper) => route(paperPagePath(paper))),
      );
      if (!isProduction()) await devPaperPages.write(paperPages(loaded));
      for (const page of orgPagesData(loaded.index)) {
        addRoute({
          path: route(`/orgs/${page.org.id}`),
          exact: true,
          component: '@site/src/components/OrgPage',
          modules: {data: await data(`org-${page.org.id}.json`, page)},
        });
      }
    },

    configureWebpack(_config, isServer) {
      if (isServer || isProduction()) return undefined;
      mkdirSync(devPaperPages.folder, {recursive: true});
      // The dev server has no build folder: it serves the data from here.
      const devServer = {
        devServer: {
          static: [
            {
              publicPath: route(`/${PAPER_PAGES_FOLDER}`),
              directory: devPaperPages.folder,
              watch: false,
            },
          ],
        },
      };
      // webpack-dev-server's options are not in the bundler's config type.
      return devServer as object;
    },

    getClientModules() {
      return [
        fileURLToPath(
          new URL('../../client/previews/index.ts', import.meta.url),
        ),
      ];
    },

    injectHtmlTags() {
      const alternate = (type: string, file: string, title: string) => ({
        tagName: 'link',
        attributes: {rel: 'alternate', type, href: route(`/${file}`), title},
      });
      return {
        headTags: [
          alternate('application/rss+xml', FEED_FILES.rss, `${site.title} RSS`),
          alternate(
            'application/atom+xml',
            FEED_FILES.atom,
            `${site.title} Atom`,
          ),
          alternate(
            'application/feed+json',
            FEED_FILES.json,
            `${site.title} JSON Feed`,
          ),
        ],
      };
    },

    async postBuild({content, outDir}) {
      const loaded = await content.latest();
      const reviews = loaded.posts.filter((post) => post.kind === 'review');
      const feeds = renderFeeds(reviews, site);
      const write = (file: string, text: string) =>
        writeFile(path.join(outDir, file), text);
      await Promise.all([
        write(FEED_FILES.rss, feeds.rss),
        write(FEED_FILES.atom, feeds.atom),
        write(FEED_FILES.json, feeds.json),
        write(PAPERS_JSON_FILE, renderPapersJson(loaded.index, site)),
        write(LLMS_TXT_FILE, renderLlmsTxt(loaded.posts, loaded.index, site)),
        copyFile(
          path.join(__dirname, PAPERS_SCHEMA_FILE),
          path.join(outDir, PAPERS_SCHEMA_FILE),
        ),
        ...copies.map((copy) => writeCopy(copy, siteDir, outDir)),
        writePaperPages(paperPages(loaded), outDir),
        ...loaded.posts.map(async (post) => {
          const file = path.join(
            outDir,
            PREVIEWS_FOLDER,
            `${post.permalink.replace(/^\//, '')}.json`,
          );
          await mkdir(path.dirname(file), {recursive: true});
          await writeFile(file, JSON.stringify(postPreview(post)));
        }),
      ]);
    },
  };
}

/**
 * The site-wide rules (unique URLs, links, anchors, the ledger, orphaned
 * assets) over the one load: errors stop a production build; otherwise
 * what is new since `earlier` (what the previous load printed) is printed.
 */
function checkSiteProblems(
  site: Site,
  earlier: ReadonlySet<string>,
): ReadonlySet<string> {
  const problems = checkSite(site);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0 && isProduction()) {
    throw new Error(
      `${errors.length} content error${errors.length === 1 ? '' : 's'} across posts:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const {lines, printed} = reportSiteProblems(problems, earlier);
  for (const line of lines) console.warn(line);
  return printed;
}

/**
 * Writes a post's Markdown at `<permalink>.md`, with the images it links
 * beside it where they are beside the post (`./asset/…`).
 */
async function writeCopy(
  copy: MarkdownCopy,
  siteDir: string,
  outDir: string,
): Promise<void> {
  const target = path.join(outDir, `${copy.permalink}.md`);
  await mkdir(path.dirname(target), {recursive: true});
  await writeFile(target, copy.markdown);
  await Promise.all(
    relativeImages(copy.markdown).map(async (image) => {
      const to = path.join(path.dirname(target), image);
      // Never outside the build, whatever the path says.
      if (path.relative(outDir, to).startsWith('..')) return;
      await mkdir(path.dirname(to), {recursive: true});
      await copyFile(path.join(siteDir, path.dirname(copy.file), image), to);
    }),
  );
}
