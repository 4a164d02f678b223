import {readFileSync} from 'node:fs';
import headings from '@docusaurus/mdx-loader/lib/remark/headings/index.js';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {
  ContentError,
  findPaperSections,
  headingAnchors,
  parseBlogPost,
  parseMdx,
  parsePost,
} from '../../src/lib/review';
import type {Heading, Root} from 'mdast';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('legacy/20251027.mdx');
const tricky = fixture('posts/tricky-headings.mdx');

/** The ids Docusaurus's own headings plugin gives, in document order. */
async function docusaurusIds(source: string): Promise<string[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(headings, {anchorsMaintainCase: false});
  const tree = (await processor.run(
    processor.parse(escapeMarkdownHeadingIds(source)),
  )) as Root;
  const ids: string[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    ids.push(String(heading.data?.hProperties?.id));
  });
  return ids;
}

describe('heading ids', () => {
  it.each([
    ['the seed post', seed],
    ['duplicates, explicit ids and markup', tricky],
  ])('are exactly the ids Docusaurus derives for %s', async (_name, source) => {
    const ours = [...headingAnchors(parseMdx(source, 'post.mdx')).values()].map(
      (anchor) => anchor.id,
    );
    expect(ours).toEqual(await docusaurusIds(source));
  });

  it('keeps the ids that old links to the seed use', () => {
    const ids = [...headingAnchors(parseMdx(seed, 'seed.mdx')).values()].map(
      (anchor) => anchor.id,
    );
    expect(ids).toContain('1-reasoning-with-sampling-harvard');
    expect(ids).toContain(
      'stabilizing-moe-reinforcement-learning-by-aligning-training-and-inference-routers-shaomi',
    );
    expect(ids).toContain('your-base-model-is-smarter-than-you-think');
  });
});

describe('parsePost', () => {
  const post = parsePost(seed, 'docs/papers/y2025/oct/20251027.mdx');

  it('finds all nine papers of the seed with their arXiv ids', () => {
    expect(post.papers.map((paper) => paper.arxivId)).toEqual([
      '2510.18212',
      '2510.14901',
      '2510.18245',
      '2510.21553',
      '2510.11370',
      '2510.20888',
      '2510.18821',
      '2510.21581',
      '2510.21057',
    ]);
    expect(post.date.iso).toBe('2025-10-27');
    // "2025-10-26 papers review" only dates the post, and with another
    // date: the post has no title of its own, so its file's date names it.
    expect(post.title).toBeUndefined();
  });

  it('reads number, title, orgs, sub-title, id and line of a paper', () => {
    expect(post.papers[1]).toEqual({
      number: 1,
      title: 'Reasoning with Sampling',
      url: 'https://huggingface.co/papers/2510.14901',
      arxivId: '2510.14901',
      alias: 'arxiv-2510.14901',
      orgs: ['harvard'],
      subtitle: 'Your Base Model is Smarter Than You Think',
      id: '1-reasoning-with-sampling-harvard',
      line: 11,
      text: '링크',
    });
  });

  it('gives the review text of a section as plain text, without figures', () => {
    const videoAsPrompt = post.papers[5]!;
    expect(videoAsPrompt.text).toMatch(/^비디오 자체를 비디오 생성의 prompt/);
    expect(videoAsPrompt.text).not.toContain('blog_20251027_img0');
    expect(post.papers[8]!.text).toContain('논문을 몇개 소개했는데');
    expect(post.papers[2]!.text).toBeUndefined();
  });

  it('serves a post at the URL its front-matter slug or id gives', () => {
    const file = 'docs/papers/y2025/oct/20251027.mdx';
    expect(parsePost('---\nslug: /autumn\n---\n', file).permalink).toBe(
      '/docs/papers/y2025/autumn',
    );
    expect(parsePost('---\nslug: best\n---\n', file).permalink).toBe(
      '/docs/papers/y2025/oct/best',
    );
    expect(parsePost('---\nid: first\n---\n', file).permalink).toBe(
      '/docs/papers/y2025/oct/first',
    );
  });

  it('keeps what the author wrote: unnumbered papers and tags as typed', () => {
    const moe = post.papers[4]!;
    expect(moe.number).toBeUndefined();
    expect(moe.orgs).toEqual(['shaomi']);
    expect(post.papers[7]!.orgs).toEqual(['stability ai']);
  });

  it('prefers the front-matter title', () => {
    const withTitle = parsePost(
      '---\ntitle: 가을 리뷰\n---\n\n# 2025-10-26\n',
      'docs/papers/y2025/oct/20251027.mdx',
    );
    expect(withTitle.title).toBe('가을 리뷰');
  });

  it('reports invalid MDX with the file and line', () => {
    expect(() =>
      parsePost('# 제목\n\n본문 {1, 2\n', 'docs/papers/y2025/oct/20251027.mdx'),
    ).toThrow(
      /docs\/papers\/y2025\/oct\/20251027\.mdx:3:\d+: MDX syntax error/,
    );
  });

  it('reports an unclosed JSX tag with the file and line', () => {
    expect(() =>
      parsePost(
        '# 제목\n\n<div>\n\n본문\n',
        'docs/papers/y2025/oct/20251027.mdx',
      ),
    ).toThrow(
      /20251027\.mdx:3:1: MDX syntax error: Expected a closing tag for `<div>`/,
    );
  });

  it('reports broken front matter with the file and line', () => {
    const broken = () =>
      parsePost('---\ntitle: [a\n---\n', 'docs/papers/y2025/oct/20251027.mdx');
    expect(broken).toThrow(ContentError);
    expect(broken).toThrow('20251027.mdx:1: front matter is not valid YAML');
  });
});

describe('parseBlogPost', () => {
  it('derives the blog URL and date from the file name, or the slug', () => {
    const post = parseBlogPost(
      '## [Paper](https://arxiv.org/abs/2501.00001) `google`\n\n리뷰.\n',
      'blog/2025-11-02-long-review.mdx',
    );
    expect(post).toMatchObject({
      kind: 'blog',
      permalink: '/blog/2025/11/02/long-review',
      date: {iso: '2025-11-02'},
    });
    expect(post.papers.map((paper) => paper.arxivId)).toEqual(['2501.00001']);
    expect(
      parseBlogPost('---\nslug: hello\n---\n', 'blog/2025-11-02-x.mdx')
        .permalink,
    ).toBe('/blog/hello');
  });

  it('reports a blog file without a date', () => {
    expect(() => parseBlogPost('# 글\n', 'blog/welcome.mdx')).toThrow(
      'blog/welcome.mdx: a blog post needs a date',
    );
  });
});

describe('findPaperSections', () => {
  const sections = findPaperSections(parseMdx(tricky, 'tricky.mdx'));

  it('leaves ordinary headings alone', () => {
    expect(sections.map((section) => section.paper.title)).toEqual([
      'Same Title',
      'Same Title',
      'Custom Id Paper',
      'Comment Id Paper',
      'Bold Title with code',
    ]);
  });

  it('uses explicit ids and numbers duplicates like Docusaurus', () => {
    expect(sections.map((section) => section.paper.id)).toEqual([
      '1-same-title-google',
      '1-same-title-google-1',
      'kept-id',
      'comment-id',
      '4-bold-title-with-code-stability-ai-shaomi',
    ]);
  });

  it('reads a paper without an arXiv id and with several tags', () => {
    const last = sections.at(-1)!.paper;
    expect(last).toMatchObject({
      number: 4,
      url: 'https://openreview.net/forum?id=xyz',
      orgs: ['stability ai', 'shaomi'],
      subtitle: 'Sub title',
    });
    expect(last.arxivId).toBeUndefined();
    expect(last.alias).toBeUndefined();
  });

  it('ends a section at the next level-2 heading', () => {
    const [first, second] = sections;
    expect(first!.end).toBe(first!.start + 1);
    expect(second!.start).toBeGreaterThan(first!.end);
  });
});

describe('a single-paper review', () => {
  const file = 'docs/papers/y2025/nov/20251103.mdx';
  const singlePaper = fixture('single-paper/' + file);
  const post = parsePost(singlePaper, file);

  it('reviews the one paper its front matter names, titled by the post', () => {
    expect(post.papers).toHaveLength(1);
    const [paper] = post.papers;
    expect(paper).toMatchObject({
      title: 'Attention Is All You Need',
      url: 'https://arxiv.org/abs/1706.03762',
      arxivId: '1706.03762',
      alias: 'arxiv-1706.03762',
      orgs: ['google'],
      id: 'paper',
      line: 2,
    });
    expect(paper!.number).toBeUndefined();
    expect(paper!.subtitle).toBeUndefined();
    expect(post.title).toBe('Attention Is All You Need');
  });

  it('gives the whole post below its title as the review text', () => {
    const text = post.papers[0]!.text!;
    expect(text).toMatch(/^2017년 NeurIPS 에 발표된 트랜스포머 논문/);
    expect(text).toContain('3. 실험 결과 WMT 2014 영어-독일어 번역');
    expect(text).toMatch(/가장 큰 유산이라고 생각한다\.$/);
  });

  it('takes none of its headings for a paper, even one that starts with a link', () => {
    const sections = findPaperSections(
      parseMdx(
        '---\npaper: https://arxiv.org/abs/1706.03762\n---\n\n# 제목\n\n## 1. 소개\n\n## [코드](https://github.com/tensorflow/tensor2tensor)\n',
        'post.mdx',
      ),
    );
    expect(sections.map((section) => section.paper.id)).toEqual(['paper']);
  });

  it('reads one organisation written as text, and the front-matter title', () => {
    const [paper] = parsePost(
      '---\ntitle: 트랜스포머\npaper: https://huggingface.co/papers/1706.03762\norgs: google\n---\n\n본문.\n',
      file,
    ).papers;
    expect(paper).toMatchObject({
      title: '트랜스포머',
      arxivId: '1706.03762',
      orgs: ['google'],
      line: 3,
    });
  });

  it('names the paper by its arXiv id, else its URL, when the post has no title of its own', () => {
    const titleOf = (frontMatter: string, heading = '') =>
      parsePost(`---\n${frontMatter}\n---\n\n${heading}본문.\n`, file)
        .papers[0]!.title;
    expect(
      titleOf(
        'paper: https://arxiv.org/abs/1706.03762',
        '# 2025-11-03 papers review\n\n',
      ),
    ).toBe('arXiv:1706.03762');
    expect(titleOf('paper: https://openreview.net/forum?id=abc')).toBe(
      'https://openreview.net/forum?id=abc',
    );
  });

  it('has no paper, and no paper headings, while paper: is not a URL', () => {
    const source =
      '---\npaper: [1706.03762]\n---\n\n## 1. [Attention](https://arxiv.org/abs/1706.03762)\n';
    expect(parsePost(source, file).papers).toEqual([]);
  });

  it('works the same in a blog post', () => {
    const blog = parseBlogPost(
      singlePaper,
      'blog/2025-11-03-attention-is-all-you-need.mdx',
    );
    expect(blog.papers.map((paper) => [paper.id, paper.arxivId])).toEqual([
      ['paper', '1706.03762'],
    ]);
  });
});
