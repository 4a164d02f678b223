import {extractArxivId, paperKey} from '../../lib/review';
import {resolveLink, type LintPost, type Site} from '../../lib/rules';
import type {PaperIndex} from './paperIndex';
import type {IndexedPost} from './posts';

/** A post that links to a paper it does not review. */
export interface PaperMention {
  kind: 'review' | 'blog';
  /** `YYYY-MM-DD` of the post. */
  date: string;
  permalink: string;
  /** The post's own title, when it has more than its date. */
  title?: string;
}

/**
 * For each paper (by key), the published posts that link to it without
 * reviewing it, newest first: links to the paper's address (arXiv, Hugging
 * Face or its own URL) or to its card in another post, by id or alias.
 */
export function paperMentions(
  site: Site,
  posts: readonly IndexedPost[],
  index: PaperIndex,
): Map<string, PaperMention[]> {
  const published = new Map(posts.map((post) => [post.permalink, post]));
  const keys = new Set(index.papers.map((paper) => paper.key));
  const cards = new Map<string, string>();
  for (const paper of index.papers) {
    for (const review of paper.appearances) {
      cards.set(`${review.permalink}#${review.anchor}`, paper.key);
      if (review.alias)
        cards.set(`${review.permalink}#${review.alias}`, paper.key);
    }
  }
  const reviewedIn = new Map(
    index.papers.map((paper) => [
      paper.key,
      new Set(paper.appearances.map((review) => review.permalink)),
    ]),
  );
  const mentions = new Map<string, PaperMention[]>();
  for (const lintPost of [...site.posts, ...site.blogPosts]) {
    const post = lintPost.url ? published.get(lintPost.url) : undefined;
    if (!post) continue;
    const linked = new Set<string>();
    for (const link of lintPost.nodes.links) {
      const key = linkedPaper(link.url, lintPost, site, keys, cards);
      if (key && !reviewedIn.get(key)?.has(post.permalink)) linked.add(key);
    }
    for (const key of linked) {
      const list = mentions.get(key) ?? [];
      list.push({
        kind: post.kind,
        date: post.date.iso,
        permalink: post.permalink,
        ...(post.title && {title: post.title}),
      });
      mentions.set(key, list);
    }
  }
  for (const list of mentions.values()) {
    list.sort((a, b) => b.date.localeCompare(a.date));
  }
  return mentions;
}

/** The key of the indexed paper a link points at, if it points at one. */
function linkedPaper(
  href: string,
  post: LintPost,
  site: Site,
  keys: ReadonlySet<string>,
  cards: ReadonlyMap<string, string>,
): string | undefined {
  const internal = resolveLink(href, post, site);
  if (internal) {
    return internal.route && internal.anchor
      ? cards.get(`${internal.route.url}#${internal.anchor}`)
      : undefined;
  }
  if (!/^https?:/i.test(href)) return undefined;
  const arxivId = extractArxivId(href);
  const key = paperKey({url: href, ...(arxivId && {arxivId})});
  return keys.has(key) ? key : undefined;
}
