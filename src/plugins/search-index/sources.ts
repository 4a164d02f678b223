import type {BlogPostSource} from './records';

/** A plugin's name and the content it loaded. */
export interface LoadedPlugin {
  name: string;
  content: unknown;
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
