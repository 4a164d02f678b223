import type {PaperIndexContent} from '../paper-index';
import type {BlogPostSource} from './records';

const PAPER_INDEX_PLUGIN = 'paper-index';

/** A plugin's name and the content it loaded. */
export interface LoadedPlugin {
  name: string;
  content: unknown;
}

/**
 * The posts the paper-index plugin loaded and parsed for this build, so
 * that search records come from the same single load.
 */
export function loadedSite(
  plugins: readonly LoadedPlugin[],
): PaperIndexContent {
  const content = plugins.find((plugin) => plugin.name === PAPER_INDEX_PLUGIN)
    ?.content as PaperIndexContent | undefined;
  if (!content?.site) {
    throw new Error(
      `search-index: the ${PAPER_INDEX_PLUGIN} plugin loaded no posts; it must be configured before search-index`,
    );
  }
  return content;
}

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

/**
 * The posts of every blog instance, from the content the blog plugin loaded
 * (its permalinks and titles are the ones the site shows).
 */
export function blogPosts(plugins: readonly LoadedPlugin[]): BlogPostSource[] {
  return plugins
    .filter((plugin) => plugin.name === BLOG_PLUGIN)
    .flatMap((plugin) => {
      const posts = (plugin.content as {blogPosts?: unknown} | undefined)
        ?.blogPosts;
      if (!Array.isArray(posts)) {
        throw new Error(
          `search-index: the content of ${BLOG_PLUGIN} has no blogPosts list; ` +
            'the blog plugin changed shape, update src/plugins/search-index/sources.ts',
        );
      }
      return posts as BlogPostSource[];
    });
}
