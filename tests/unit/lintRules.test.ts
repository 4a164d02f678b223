import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {lintPosts} from '../../src/lib/rules';

const scratch = mkdtempSync(path.join(tmpdir(), 'lint-rules-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const PAPER = [
  '# 2025-10-27 papers review',
  '',
  '## 1. [Reasoning with Sampling](https://huggingface.co/papers/2510.14901) `harvard`',
  '',
  '샘플링만으로 추론 성능을 끌어올리는 방법.',
  '',
].join('\n');

let sites = 0;
/** Lints a post of one paper followed by `extra` (from line 6), as `line rule`. */
function lint(extra: string, {frontMatter}: {frontMatter?: string} = {}) {
  const root = path.join(scratch, String(sites++));
  const folder = path.join(root, 'docs/papers/y2025/oct');
  mkdirSync(folder, {recursive: true});
  const head = frontMatter ? `---\n${frontMatter}\n---\n\n` : '';
  writeFileSync(path.join(folder, '20251027.mdx'), `${head}${PAPER}${extra}\n`);
  return lintPosts({root}).problems.map(
    (problem) => `${problem.line} ${problem.rule}`,
  );
}

describe('rules leave ordinary writing alone', () => {
  it('accepts literal braces, comments and explicit heading ids', () => {
    expect(
      lint(
        "집합 {'{'}a, b{'}'} 와 \\{c\\}. {/* 메모 */}\n\n## 정리 {/* #summary */}",
      ),
    ).toEqual([]);
  });

  it('accepts math that starts with a number and a lone dollar sign', () => {
    expect(lint('오차는 $2x + 1$ 이고 가격은 $5 정도.')).toEqual([]);
  });

  it('accepts a comparison written with a space or escaped', () => {
    expect(lint('정확도 < 3% 또는 \\<5 이다.')).toEqual([]);
  });

  it('accepts a plain second-level heading that is not a paper', () => {
    expect(lint('## 정리\n\n오늘 읽은 논문들의 공통점.')).toEqual([]);
  });

  it('rejects a Figure of a remote image: pages load images from the site only', () => {
    expect(
      lint(
        '<Figure src="https://example.org/a.png" alt="구조도" width={500} />',
      ),
    ).toEqual([expect.stringMatching(/^\d+ asset-remote$/)]);
  });

  it('accepts dates with a time and a last_update date', () => {
    expect(
      lint('', {
        frontMatter:
          'date: 2025-10-27T09:00:00+09:00\nlast_update:\n  date: 2025-10-28',
      }),
    ).toEqual([]);
  });

  it('accepts links to the blog, known pages and external sites', () => {
    expect(
      lint(
        '[글](/blog) [기관](/orgs/harvard) <a href="https://arxiv.org">arXiv</a> [앵커](#arxiv-2510.14901)',
      ),
    ).toEqual([]);
  });

  it('accepts the legacy centred figure and literal attributes', () => {
    expect(
      lint(
        "\nimport img0 from './asset/a.png';\n\n<div style={{textAlign: 'center'}}>\n <img src={img0} alt=\"그림\" style={{width: 500}} />\n</div>\n\n<details open><summary>더 보기</summary>내용 <sub>2</sub> <kbd>Ctrl</kbd></details>",
      ).filter((problem) => !problem.includes('asset-')),
    ).toEqual([]);
  });
});

describe('rules see through disguises', () => {
  it('checks the date inside last_update as written', () => {
    expect(lint('', {frontMatter: 'last_update:\n  date: 2025-02-30'})).toEqual(
      ['3 front-matter-date'],
    );
  });

  it('rejects a spread of attributes, whatever it hides', () => {
    expect(
      lint("<div {...{dangerouslySetInnerHTML: {__html: 'x'}}} />"),
    ).toEqual(['6 unsafe-attribute']);
  });

  it('links only to organisation pages the site has: orgs some paper is tagged with', () => {
    expect(lint('[기관](/orgs/xiaomi)')).toEqual(['6 link-route']);
  });

  it('finds a script URL with a tab in its scheme', () => {
    expect(lint('<a href="java\tscript:alert(1)">x</a>')).toEqual([
      '6 unsafe-url',
    ]);
  });

  it('finds a Hangul tag that MDX accepted because it was closed', () => {
    expect(lint('기존 <한계>보다</한계> 낫다.')).toEqual(['6 mdx-less-than']);
  });

  it('finds a JSX link to a missing anchor of the same post', () => {
    expect(lint('<a href="#2-nothing">아래</a>')).toEqual(['6 link-anchor']);
  });

  it('reports a Markdown image that is missing, with its line', () => {
    expect(lint('![구조도](./asset/none.png)')).toEqual(['6 asset-missing']);
  });
});
