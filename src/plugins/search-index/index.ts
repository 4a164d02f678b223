import path from 'node:path';
import {INDEX_FOLDER} from '../../client/search/schema';
import {
  blogRecords,
  publishedRecords,
  reviewRecords,
  type SearchRecord,
} from './records';
import {blogPosts, loadedSite} from './sources';
import {writeSearchIndex} from './writeIndex';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * After a production build, writes the site's search index to
 * `<outDir>/pagefind/`: a record per paper section, linking to the paper,
 * and one per review or blog post; list and tag pages are not indexed.
 * The posts come from the one load of the paper-index plugin: nothing is
 * read or parsed again. Only wires Docusaurus hooks; the work is in the
 * modules beside it. The development server has no index (postBuild never
 * runs there).
 */
export default function searchIndexPlugin(context: LoadContext): Plugin {
  const {baseUrl, i18n, siteDir} = context;
  const language = (
    i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale
  ).toLowerCase();
  return {
    name: 'search-index',
    async postBuild({outDir, plugins, routesPaths, routesBuildMetadata}) {
      const {site, posts} = loadedSite(plugins);
      const trees = new Map(
        [...site.posts, ...site.blogPosts].map((post) => [
          post.file,
          post.tree,
        ]),
      );
      const records: SearchRecord[] = [
        ...posts.flatMap((post) =>
          post.kind === 'review'
            ? reviewRecords(trees.get(post.file)!, post, language)
            : [],
        ),
        ...blogPosts(plugins).flatMap((post) => {
          const tree = trees.get(post.metadata.source.replace(/^@site\//, ''));
          return tree ? blogRecords(post, tree, baseUrl, language) : [];
        }),
      ];
      const published = publishedRecords(records, {
        baseUrl,
        routesPaths,
        routesBuildMetadata,
      });
      const outputPath = path.join(outDir, INDEX_FOLDER);
      const stats = await writeSearchIndex(published, outputPath, siteDir);
      console.log(
        `[search-index] ${stats.records} records, ` +
          `${(stats.indexBytes / 1024).toFixed(1)} KB of index in ${path.relative(process.cwd(), outputPath) || '.'}`,
      );
    },
  };
}
