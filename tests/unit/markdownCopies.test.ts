import {describe, expect, it} from 'vitest';
import {parseMdx, parsePost} from '../../src/lib/review/parse';
import {
  markdownCopy,
  relativeImages,
} from '../../src/plugins/paper-index/markdownCopies';

const POST = `---
description: 메모
---

import diagram from './asset/diagram.png';

# 2025-10-26 papers review

## 1. [Paper](https://arxiv.org/abs/2510.00001) \`google\`

본문과 수식 $x^2$.

<Figure src={diagram} alt="구조도" width={500} caption="그림 1" />

| a | b |
|---|---|
| 1 | 2 |
`;

describe('the Markdown copy of a post', () => {
  const tree = parseMdx(POST, 'docs/papers/y2025/oct/20251027.mdx');
  const copy = markdownCopy(tree, '2025년 10월 27일 논문 리뷰');

  it('has the page title, the text, math and tables, and no front matter or imports', () => {
    expect(copy.startsWith('# 2025년 10월 27일 논문 리뷰\n')).toBe(true);
    expect(copy).toContain(
      '## 1. [Paper](https://arxiv.org/abs/2510.00001) `google`',
    );
    expect(copy).toContain('본문과 수식 $x^2$.');
    expect(copy).toContain('| a | b |');
    expect(copy).not.toMatch(/description:|import |---\n/);
  });

  it('turns a Figure into a Markdown image with its caption', () => {
    expect(copy).toContain('![구조도](./asset/diagram.png)\n\n_그림 1_');
    expect(relativeImages(copy)).toEqual(['./asset/diagram.png']);
  });

  it('leaves the tree MDX compiles as it was', () => {
    expect(tree.children.some((node) => node.type === 'mdxjsEsm')).toBe(true);
  });

  it('names the paper of a single-paper review under the title, since the front matter is dropped', () => {
    const source =
      '---\npaper: https://arxiv.org/abs/1706.03762\norgs: [google]\n---\n\n# Attention Is All You Need\n\n## 1. 소개\n\n본문.\n';
    const file = 'docs/papers/y2025/nov/20251103.mdx';
    const [paper] = parsePost(source, file).papers;
    const single = markdownCopy(
      parseMdx(source, file),
      'Attention Is All You Need',
      paper,
    );
    expect(single).toBe(
      '# Attention Is All You Need\n\n리뷰한 논문: [Attention Is All You Need](https://arxiv.org/abs/1706.03762) `google`\n\n## 1. 소개\n\n본문.\n',
    );
  });
});
