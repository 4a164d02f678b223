import {
  blogPostFromTree,
  reviewPostFromTree,
  type BlogPost,
  type ReviewPost,
} from '../../lib/review';
import type {LintPost, Site} from '../../lib/rules';

/** Every post the index reads: review posts and blog posts, newest first. */
export type IndexedPost = ReviewPost | BlogPost;

/**
 * The posts of a loaded site as the index sees them, newest first, from the
 * trees the one load parsed. A post MDX cannot read, or one in the wrong
 * place, is left out: its compilation stops the build with file and line.
 * Drafts are left out unless asked for, as production builds leave them out.
 */
export function indexedPosts(
  site: Site,
  {drafts = false}: {drafts?: boolean} = {},
): IndexedPost[] {
  const include = (post: LintPost) => post.complete && (drafts || !post.draft);
  const reviews = site.posts
    .filter((post) => include(post) && post.location)
    .map((post) => reviewPostFromTree(post.tree!, post.file, post.sections));
  const blogs = site.blogPosts
    .filter((post) => include(post) && post.url)
    .map((post) => blogPostFromTree(post.tree!, post.file, post.sections));
  return [...reviews, ...blogs].sort(
    (a, b) =>
      b.date.iso.localeCompare(a.date.iso) || a.file.localeCompare(b.file),
  );
}
