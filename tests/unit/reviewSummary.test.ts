import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {readingMinutes} from '../../src/lib/review/readingTime';
import remarkReviewSummary from '../../src/markdown/remarkReviewSummary';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Root} from 'mdast';

const POST =
  '# 2025-10-26 papers review\n\n' +
  '## 1. [Paper A](https://arxiv.org/abs/2510.00001) `google`\n\n리뷰 본문.\n\n' +
  '## [Paper B](https://example.org/b)\n\n다른 본문.\n';

function run(source: string, file: string, baseUrl = '/'): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkReviewSummary, {
      site: {url: 'https://reviews.example', baseUrl},
      siteTitle: '논문 리뷰',
    });
  const vfile = new VFile({value: source, path: file, cwd: '/site'});
  return processor.runSync(processor.parse(vfile), vfile) as Root;
}

const attribute = (node: MdxJsxFlowElement, name: string) =>
  node.attributes.find((item) => 'name' in item && item.name === name);

describe('the summary at the top of a review', () => {
  it('comes right under the heading, with the papers in order and the review cited under the file date', () => {
    const tree = run(POST, '/site/docs/papers/y2025/oct/20251027.mdx');
    const summary = tree.children[1] as MdxJsxFlowElement;
    expect(summary.name).toBe('ReviewSummary');
    const cite = attribute(summary, 'cite')?.value;
    expect(cite).toContain('@online{review-20251027,');
    expect(cite).toContain(
      'url = {https://reviews.example/docs/papers/y2025/oct/20251027}',
    );
    expect(cite).toContain('title = {{2025년 10월 27일 논문 리뷰}}');
    const papers = JSON.stringify(attribute(summary, 'papers')?.value);
    expect(papers.indexOf('Paper A')).toBeLessThan(papers.indexOf('Paper B'));
  });

  it('cites and shares the address under the base path the site is published at', () => {
    const tree = run(
      POST,
      '/site/docs/papers/y2025/oct/20251027.mdx',
      '/reviews/',
    );
    const summary = tree.children[1] as MdxJsxFlowElement;
    expect(attribute(summary, 'cite')?.value).toContain(
      'url = {https://reviews.example/reviews/docs/papers/y2025/oct/20251027}',
    );
    expect(JSON.stringify(attribute(summary, 'image')?.value)).toContain(
      'https://reviews.example/reviews/social/docs/papers/y2025/oct/20251027.png',
    );
  });

  it('leaves a blog post and a page alone', () => {
    for (const file of [
      '/site/blog/2025-10-10-deep-dive.mdx',
      '/site/src/pages/about.mdx',
    ]) {
      const tree = run(POST, file);
      expect(tree.children.map((node) => node.type)).not.toContain(
        'mdxJsxFlowElement',
      );
    }
  });
});

describe('reading time', () => {
  it('counts Korean by syllables and English by words, at least a minute', () => {
    expect(readingMinutes('짧다')).toBe(1);
    expect(readingMinutes('가'.repeat(1500))).toBe(3);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes(`${'가'.repeat(500)} ${'word '.repeat(230)}`)).toBe(
      2,
    );
  });
});
