import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {reviewPageTitle, type Paper} from '../../lib/review';
import type {IndexedPost} from './posts';
import type {Site} from '../../lib/rules';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {PhrasingContent, Root, RootContent} from 'mdast';

/** The Markdown of a post, published beside its page as `<url>.md`. */
export interface MarkdownCopy {
  /** The post's URL path; the copy is served at `<permalink>.md`. */
  permalink: string;
  /** The post's file, relative to the site, whose images the copy links. */
  file: string;
  markdown: string;
}

const stringifier = unified()
  .use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-'})
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkMath)
  .freeze();

/**
 * A post as plain Markdown for people and tools that read text: front
 * matter and imports dropped, the page's title as its heading, each
 * `Figure` as a Markdown image with its caption, and under the title the
 * paper a single-paper review names in its front matter. The tree is
 * copied, not changed: MDX still compiles it.
 */
export function markdownCopy(
  tree: Root,
  title: string,
  reviewed?: Pick<Paper, 'title' | 'url' | 'orgs'>,
): string {
  const copy = structuredClone(tree);
  const imports = new Map<string, string>();
  for (const node of copy.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const match of node.value.matchAll(
      /import\s+(\w+)\s+from\s+['"]([^'"]+)['"]/g,
    )) {
      imports.set(match[1]!, match[2]!);
    }
  }
  const children = copy.children.flatMap((node): RootContent[] => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') return [];
    if (node.type === 'heading' && node.depth === 1) {
      return [{...node, children: [{type: 'text', value: title}]}];
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      return figure(node, imports);
    }
    return [node];
  });
  const titleAt = children.findIndex(
    (node) => node.type === 'heading' && node.depth === 1,
  );
  if (titleAt < 0) {
    children.unshift({
      type: 'heading',
      depth: 1,
      children: [{type: 'text', value: title}],
    });
  }
  if (reviewed) {
    children.splice(Math.max(titleAt, 0) + 1, 0, {
      type: 'paragraph',
      children: [
        {type: 'text', value: '리뷰한 논문: '},
        {
          type: 'link',
          url: reviewed.url,
          children: [{type: 'text', value: reviewed.title}],
        },
        ...reviewed.orgs.flatMap((tag): PhrasingContent[] => [
          {type: 'text', value: ' '},
          {type: 'inlineCode', value: tag},
        ]),
      ],
    });
  }
  return stringifier.stringify({type: 'root', children});
}

function figure(
  node: MdxJsxFlowElement,
  imports: ReadonlyMap<string, string>,
): RootContent[] {
  const attribute = (name: string) =>
    node.attributes.find(
      (item) => item.type === 'mdxJsxAttribute' && item.name === name,
    )?.value;
  const src = attribute('src');
  const url =
    typeof src === 'string'
      ? src
      : src
        ? imports.get(src.value.trim())
        : undefined;
  const alt = attribute('alt');
  const caption = attribute('caption');
  if (!url) return [];
  return [
    {
      type: 'paragraph',
      children: [{type: 'image', url, alt: typeof alt === 'string' ? alt : ''}],
    },
    ...(typeof caption === 'string' && caption
      ? [
          {
            type: 'paragraph',
            children: [
              {type: 'emphasis', children: [{type: 'text', value: caption}]},
            ],
          } satisfies RootContent,
        ]
      : []),
  ];
}

/**
 * The images a copy links relative to itself (`./asset/diagram.png`): the
 * build puts them beside the copy, at the same place as beside the post.
 */
export function relativeImages(markdown: string): string[] {
  return [
    ...new Set(
      [...markdown.matchAll(/!\[[^\]]*\]\((\.\/[^)\s]+)\)/g)].map(
        (match) => match[1]!,
      ),
    ),
  ];
}

/**
 * The copies of every post of the one load, taken while its trees are
 * loaded (a build lets go of each tree once MDX has compiled it).
 */
export function markdownCopies(
  site: Site,
  posts: readonly IndexedPost[],
): MarkdownCopy[] {
  const trees = new Map(
    [...site.posts, ...site.blogPosts].map((post) => [post.file, post.tree]),
  );
  return posts.flatMap((post) => {
    const tree = trees.get(post.file);
    if (!tree) return [];
    const title =
      post.kind === 'review'
        ? reviewPageTitle(post.date.iso, post.title)
        : (post.title ?? post.permalink);
    return [
      {
        permalink: post.permalink,
        file: post.file,
        markdown: markdownCopy(
          tree,
          title,
          post.papers.find((paper) => paper.titledByPost),
        ),
      },
    ];
  });
}
