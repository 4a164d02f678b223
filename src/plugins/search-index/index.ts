import path from 'node:path';
import {INDEX_FOLDER} from '../../client/search/schema';
import {
  blogRecords,
  publishedRecords,
  reviewRecords,
  type SearchRecord,
} from './records';
import {blogPosts, type LoadedPlugin} from './sources';
import {sharedLoadOf} from '../paper-index/sharedLoad';
import type {LoadedSite} from '../paper-index';
import {moveIndex, writeSearchIndex, type IndexStats} from './writeIndex';
import type {AllContent, LoadContext, Plugin} from '@docusaurus/types';

/** Docusaurus sets this for `docusaurus build`; the dev server has no index. */
const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * Writes the site's search index to `<outDir>/pagefind/` in a production
 * build: a record per paper section, linking to the paper, and one per
 * review or blog post; list and tag pages are not indexed. The posts come
 * from the one load of the paper-index plugin: nothing is read or parsed
 * again. Pagefind runs in a process of its own, so the index is built while
 * the bundler works, and only moved into the build at the end. Only wires
 * Docusaurus hooks; the work is in the modules beside it. The development
 * server has no index.
 */
export default function searchIndexPlugin(context: LoadContext): Plugin {
  const {baseUrl, i18n, siteDir, generatedFilesDir} = context;
  const language = (
    i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale
  ).toLowerCase();
  // Beside (not in) the plugin's own data folder, which Docusaurus makes.
  const stagingPath = path.join(generatedFilesDir, 'search-index-staging');
  /** The index of every record, started as soon as the content is loaded. */
  let early: Promise<IndexStats> | undefined;
  /**
   * The records, taken while the posts' trees are loaded: a build lets go
   * of each tree once MDX has compiled it.
   */
  let records: SearchRecord[] | undefined;

  return {
    name: 'search-index',

    async allContentLoaded({allContent}) {
      if (!isProduction()) return;
      records = searchRecords(
        await sharedLoadOf(allContent),
        loadedPlugins(allContent),
        baseUrl,
        language,
      );
      early = writeSearchIndex(records, stagingPath, siteDir);
      // Awaited (and its failure reported) in postBuild.
      early.catch(() => {});
    },

    async postBuild({outDir, routesPaths, routesBuildMetadata}) {
      if (!records) {
        throw new Error('search-index: postBuild ran before allContentLoaded');
      }
      const published = publishedRecords(records, {
        baseUrl,
        routesPaths,
        routesBuildMetadata,
      });
      let stats = early && (await early);
      // Unlisted pages are known only now: the early index is used when
      // it holds exactly the published records, else it is built again.
      if (!stats || !sameUrls(stats.urls, published)) {
        stats = await writeSearchIndex(published, stagingPath, siteDir);
      }
      const outputPath = path.join(outDir, INDEX_FOLDER);
      await moveIndex(stagingPath, outputPath);
      console.log(
        `[search-index] ${stats.records} records, ` +
          `${(stats.indexBytes / 1024).toFixed(1)} KB of index in ${path.relative(process.cwd(), outputPath) || '.'}`,
      );
    },
  };
}

/** The records of every review and blog post of the one load. */
function searchRecords(
  {site, posts, index}: LoadedSite,
  plugins: readonly LoadedPlugin[],
  baseUrl: string,
  language: string,
): SearchRecord[] {
  const trees = new Map(
    [...site.posts, ...site.blogPosts].map((post) => [post.file, post.tree]),
  );
  const cached = new Map(
    index.papers.flatMap((paper) =>
      paper.metadata ? [[paper.metadata.arxivId, paper.metadata] as const] : [],
    ),
  );
  const metadata = (arxivId: string) => cached.get(arxivId);
  return [
    ...posts.flatMap((post) =>
      post.kind === 'review'
        ? reviewRecords(trees.get(post.file)!, post, language, metadata)
        : [],
    ),
    ...blogPosts(plugins).flatMap((post) => {
      const tree = trees.get(post.metadata.source.replace(/^@site\//, ''));
      return tree ? blogRecords(post, tree, baseUrl, language, metadata) : [];
    }),
  ];
}

/** `allContent` (plugin name → id → content) as postBuild's plugin list. */
function loadedPlugins(allContent: AllContent): LoadedPlugin[] {
  return Object.entries(allContent).flatMap(([name, byId]) =>
    Object.values(byId).map((content) => ({name, content})),
  );
}

function sameUrls(
  urls: readonly string[],
  records: readonly SearchRecord[],
): boolean {
  return (
    urls.length === records.length &&
    records.every((record, at) => record.url === urls[at])
  );
}
