import {isMap, isScalar, type Pair} from 'yaml';
import type {LintPost} from './types';

type Point = {line: number; column: number};

/** A top-level front-matter entry of a post, as written. */
function frontMatterPair(post: LintPost, key: string): Pair | undefined {
  const contents = post.frontMatter?.document.contents;
  if (!isMap(contents)) {
    return undefined;
  }
  return contents.items.find(
    (pair) => isScalar(pair.key) && pair.key.value === key,
  );
}

/** Where a front-matter node starts in the post. */
export function yamlNodePoint(
  post: LintPost,
  node: unknown,
): Point | undefined {
  const range = (node as {range?: [number, number, number]} | null)?.range;
  return range && post.frontMatter
    ? post.frontMatter.pointAt(range[0])
    : undefined;
}

/** Where a top-level front-matter key is written, else line 1. */
export function frontMatterKey(post: LintPost, key: string): Point {
  return (
    yamlNodePoint(post, frontMatterPair(post, key)?.key) ?? {
      line: 1,
      column: 1,
    }
  );
}

/** Where a top-level front-matter value is written, else its key, else line 1. */
export function frontMatterValue(post: LintPost, key: string): Point {
  const pair = frontMatterPair(post, key);
  return (
    yamlNodePoint(post, pair?.value) ??
    yamlNodePoint(post, pair?.key) ?? {
      line: 1,
      column: 1,
    }
  );
}
