import {headingText} from '../../review';
import {pointOf} from '../mdxNodes';
import type {LintPost, Report} from '../types';
import type {Heading, RootContent} from 'mdast';

/**
 * A review post is a page worth publishing: it has content (or is marked a
 * draft, which production builds leave out), a level-1 title, and text in
 * the composed Unicode form that heading ids and searches expect.
 */
export function checkStructure(post: LintPost, report: Report): void {
  if (post.kind !== 'review' || !post.tree) {
    return;
  }
  const content = post.tree.children.filter(isContent);
  if (content.length === 0) {
    if (!post.draft) {
      report({
        rule: 'post-empty',
        file: post.file,
        message:
          'the post is empty; it would still be published, and as the newest post it would become the "리뷰" link',
        fix: 'write the post, or keep it out of the build until then with front matter `draft: true`',
      });
    }
    return;
  }
  const title = post.tree.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  if (!title && typeof post.data.title !== 'string') {
    report({
      rule: 'post-title',
      file: post.file,
      ...pointOf(content[0]),
      message:
        'the post has no title: no level-1 heading and no front-matter title, so its page would be titled with the file name',
      fix: 'start the post with a title line, e.g. # 2025-10-27 papers review',
    });
  }
  if (post.file !== post.file.normalize('NFC')) {
    report({
      rule: 'unicode-nfd',
      file: post.file,
      message: `the path is in decomposed Unicode normalisation (NFD), so its URL differs from the one readers type`,
      fix: 'rename the file with its name in composed form (NFC); macOS Finder and some unzip tools write NFD',
    });
  }
  for (const heading of post.tree.children) {
    if (heading.type !== 'heading') continue;
    const text = headingText(heading);
    if (text !== text.normalize('NFC')) {
      report({
        rule: 'unicode-nfd',
        file: post.file,
        ...pointOf(heading),
        message: `the heading "${text.normalize('NFC')}" is in decomposed Unicode normalisation (NFD): its anchor would not match the same words typed by a reader`,
        fix: 'retype the heading, or convert the file to composed form (NFC), e.g. with `uconv -x any-nfc`',
      });
    }
  }
}

// Front matter, imports and comments alone make no page.
function isContent(node: RootContent): boolean {
  if (node.type === 'yaml' || node.type === 'mdxjsEsm') return false;
  if (node.type === 'mdxFlowExpression') {
    return (node.data?.estree?.body.length ?? 1) > 0;
  }
  return true;
}
