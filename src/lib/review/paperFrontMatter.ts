import {isMap, isScalar, isSeq, type Node as YamlNode} from 'yaml';
import {
  frontMatterDocument,
  type FrontMatterDocument,
  type SourcePoint,
} from './frontMatterDocument';
import type {Root} from 'mdast';

/** An organisation tag of `orgs:` and where it is written. */
export interface FrontMatterOrg {
  tag: string;
  point: SourcePoint;
}

/**
 * What a single-paper review says about its paper in front matter
 * (`paper: https://arxiv.org/abs/1706.03762`, `orgs: [google]`), as written.
 */
export interface PaperFrontMatter {
  /** The `paper:` value, trimmed, when it is text that is not empty. */
  url?: string;
  /** Where the `paper` key is written. */
  key: SourcePoint;
  /** Where its value is written; the key when there is none. */
  value: SourcePoint;
  /** The text tags of `orgs:` (a list, or one tag), each where it is written. */
  orgs: FrontMatterOrg[];
  /** Front-matter `title`, trimmed, when it is text that is not empty. */
  title?: string;
}

/** A quick look before any YAML is parsed: most posts have no `paper` key. */
const PAPER_KEY = /^["']?paper["']?[ \t]*:/m;

/**
 * The `paper:` and `orgs:` front matter of a post, when it has a `paper`
 * key: such a post reviews that one paper, whatever its headings say.
 * `undefined` without one, or when the front matter is not valid YAML.
 */
export function paperFrontMatter(tree: Root): PaperFrontMatter | undefined {
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (!yamlNode || !PAPER_KEY.test(yamlNode.value)) return undefined;
  const frontMatter = frontMatterDocument(tree);
  const contents = frontMatter?.document.contents;
  if (!frontMatter || frontMatter.errors.length > 0 || !isMap(contents)) {
    return undefined;
  }
  const pair = (key: string) =>
    contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const paper = pair('paper');
  if (!paper) return undefined;
  const key = pointOf(frontMatter, paper.key)!;
  const url = text(paper.value);
  const title = text(pair('title')?.value ?? null);
  return {
    ...(url && {url}),
    key,
    value: pointOf(frontMatter, paper.value) ?? key,
    orgs: orgTags(frontMatter, pair('orgs')?.value ?? null),
    ...(title && {title}),
  };
}

function orgTags(
  frontMatter: FrontMatterDocument,
  node: YamlNode | null,
): FrontMatterOrg[] {
  const items = isSeq(node) ? (node.items as (YamlNode | null)[]) : [node];
  return items.flatMap((item) => {
    const tag = text(item);
    const point = pointOf(frontMatter, item);
    return tag && point ? [{tag, point}] : [];
  });
}

function text(node: YamlNode | null): string | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value.trim()
    ? node.value.trim()
    : undefined;
}

function pointOf(
  frontMatter: FrontMatterDocument,
  node: YamlNode | null | undefined,
): SourcePoint | undefined {
  return node?.range ? frontMatter.pointAt(node.range[0]) : undefined;
}
