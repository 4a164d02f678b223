import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listPostFiles} from '../../lib/review/scan';
import type {BlogPostSource} from './records';

/** A review post's text and its path relative to the site folder. */
export interface PostSource {
  file: string;
  source: string;
}

/** Every review post of the site, read from `docs/papers`. */
export async function readReviewPosts(siteDir: string): Promise<PostSource[]> {
  return Promise.all(
    listPostFiles(siteDir).map(async (file) => ({
      file,
      source: await readFile(path.join(siteDir, file), 'utf8'),
    })),
  );
}

const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

/**
 * The posts of every blog instance, from the content the blog plugin loaded
 * (its permalinks and titles are the ones the site shows).
 */
export function blogPosts(
  plugins: readonly {name: string; content: unknown}[],
): BlogPostSource[] {
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
