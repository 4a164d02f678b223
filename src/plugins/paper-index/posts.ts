import {existsSync, readdirSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {
  parseBlogPost,
  parsePost,
  type BlogPost,
  type ReviewPost,
} from '../../lib/review';
import {listPostFiles} from '../../lib/review/scan';

/** Every post the index reads: review posts and blog posts, newest first. */
export type IndexedPost = ReviewPost | BlogPost;

/**
 * Reads and parses every review post and blog post of the site. A post that
 * does not parse stops the build with its file and line.
 */
export async function loadPosts(siteDir: string): Promise<IndexedPost[]> {
  const read = (file: string) => readFile(path.join(siteDir, file), 'utf8');
  const reviews = await Promise.all(
    listPostFiles(siteDir).map(async (file) =>
      parsePost(await read(file), file),
    ),
  );
  const blogs = await Promise.all(
    listBlogFiles(siteDir).map(async (file) =>
      parseBlogPost(await read(file), file),
    ),
  );
  return [...reviews, ...blogs].sort(
    (a, b) =>
      b.date.iso.localeCompare(a.date.iso) || a.file.localeCompare(b.file),
  );
}

/** Blog post files, `name.mdx` or `name/index.mdx` under blog/, relative to the site. */
function listBlogFiles(siteDir: string): string[] {
  const root = path.join(siteDir, 'blog');
  if (!existsSync(root)) {
    return [];
  }
  return readdirSync(root, {recursive: true, encoding: 'utf8'})
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /^[^/]+\.mdx?$|^[^/]+\/index\.mdx?$/.test(file))
    .map((file) => `blog/${file}`)
    .sort();
}
