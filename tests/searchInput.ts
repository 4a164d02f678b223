import {parseMdx, reviewPostFromTree, type ReviewPost} from '../src/lib/review';
import type {Root} from 'mdast';

/** What `reviewRecords` takes, from a post's text, as the one load gives it. */
export function reviewInput(source: string, file: string): [Root, ReviewPost] {
  const tree = parseMdx(source, file);
  return [tree, reviewPostFromTree(tree, file)];
}
