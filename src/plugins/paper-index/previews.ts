import {resolveOrg} from '../../data/orgs';
import {reviewPageTitle} from '../../lib/review';
import {excerpt} from './paperIndex';
import type {PostPreview} from '../../client/previews/data';
import type {IndexedPost} from './posts';

/**
 * What the link previews show of each post: its name and date, and each
 * paper's title, organisations and first lines. Written once per post by
 * the build, fetched by a reader's browser only when a link is hovered.
 */
export function postPreview(post: IndexedPost): PostPreview {
  const aliases: Record<string, string> = {};
  for (const paper of post.papers) {
    if (paper.alias && !(paper.alias in aliases))
      aliases[paper.alias] = paper.id;
  }
  return {
    title:
      post.kind === 'review'
        ? reviewPageTitle(post.date.iso, post.title)
        : (post.title ?? post.date.iso),
    date: post.date.iso,
    papers: post.papers.map((paper) => ({
      id: paper.id,
      title: paper.title,
      ...(paper.subtitle && {subtitle: paper.subtitle}),
      orgs: paper.orgs.map((tag) => resolveOrg(tag)?.org.name ?? tag),
      ...(paper.text && {excerpt: excerpt(paper.text)}),
    })),
    aliases,
  };
}
