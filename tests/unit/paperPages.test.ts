import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {PAPER_PAGE_TOKENS} from '../../src/client/paperPages/data';
import {paperPagePath, paperSlug} from '../../src/lib/review';
import {loadSite} from '../../src/lib/rules';
import {paperMentions} from '../../src/plugins/paper-index/mentions';
import {buildPaperIndex} from '../../src/plugins/paper-index/paperIndex';
import {
  fillPaperPage,
  paperPageData,
} from '../../src/plugins/paper-index/paperPages';
import {indexedPosts} from '../../src/plugins/paper-index/posts';

const root = mkdtempSync(path.join(tmpdir(), 'paper-pages-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  writeFileSync(path.join(root, file), text);
}

write(
  'docs/papers/y2025/oct/20251021.mdx',
  [
    '# 2025-10-21 papers review',
    '',
    '## 1. [Reasoning \\<with\\> "Sampling" & Co](https://huggingface.co/papers/2510.14901) `harvard`',
    '',
    '샘플링만으로 추론 성능이 오른다는 주장.',
    '',
  ].join('\n'),
);
write(
  'docs/papers/y2025/oct/20251027.mdx',
  [
    '# 2025-10-27 papers review',
    '',
    '## 1. [Another Paper](https://example.org/another) `google`',
    '',
    '[지난 리뷰](../oct/20251021.mdx#arxiv-2510.14901)와 같은 방법을 쓴다.',
    '',
  ].join('\n'),
);
write(
  'docs/papers/y2025/nov/20251103.mdx',
  [
    '# 2025-11-03 papers review',
    '',
    '## 1. [Third Paper](https://arxiv.org/abs/2511.00001)',
    '',
    '원 논문은 [arXiv](https://arxiv.org/pdf/2510.14901v2)에 있다.',
    '',
  ].join('\n'),
);

const route = (pathname: string) => `/reviews${pathname}`;
const site = loadSite({root});
const posts = indexedPosts(site);
const index = buildPaperIndex(posts);
const mentions = paperMentions(site, posts, index);
const sampling = index.papers.find((paper) => paper.arxivId === '2510.14901')!;
const page = paperPageData(sampling, mentions.get(sampling.key) ?? [], route);

describe('paper pages', () => {
  it('live at the arXiv id, or at a hash of the address that survives a new title', () => {
    expect(
      paperPagePath({
        url: 'https://arxiv.org/abs/2510.14901',
        arxivId: '2510.14901',
      }),
    ).toBe('/papers/2510.14901');
    expect(paperSlug({url: 'https://x.org/a', arxivId: 'hep-th/9901001'})).toBe(
      'hep-th-9901001',
    );
    const web = paperSlug({url: 'https://www.example.org/another/'});
    expect(web).toMatch(/^web-[0-9a-f]{12}$/);
    expect(paperSlug({url: 'https://example.org/another'})).toBe(web);
  });

  it('list every post that links to the paper without reviewing it, by card anchor or by address', () => {
    expect(mentions.get(sampling.key)).toEqual([
      {
        kind: 'review',
        date: '2025-11-03',
        permalink: '/docs/papers/y2025/nov/20251103',
      },
      {
        kind: 'review',
        date: '2025-10-27',
        permalink: '/docs/papers/y2025/oct/20251027',
      },
    ]);
    const another = index.papers.find(
      (paper) => paper.title === 'Another Paper',
    )!;
    expect(mentions.get(another.key)).toBeUndefined();
  });

  it('show the review with its date and excerpt, linked to the card under the base URL', () => {
    expect(page.slug).toBe('2510.14901');
    expect(page.body).toContain(
      '<a href="/reviews/docs/papers/y2025/oct/20251021#1-reasoning-with-sampling--co-harvard"><time datetime="2025-10-21">2025년 10월 21일</time> 논문 리뷰</a><p>샘플링만으로 추론 성능이 오른다는 주장.</p>',
    );
    expect(page.body).toContain('이 논문을 언급한 글');
    expect(page.body).toContain(
      '<li><a href="/reviews/docs/papers/y2025/nov/20251103"><time datetime="2025-11-03">2025년 11월 3일</time> 논문 리뷰</a></li>',
    );
    expect(page.header).toContain(
      '<a class="org-pill" href="/reviews/orgs/harvard">Harvard</a>',
    );
    expect(page.header).toContain('href="https://arxiv.org/abs/2510.14901"');
    expect(page.bibtex).toContain('eprint = {2510.14901}');
    expect(page.bibtex).not.toContain('author');
  });

  it('never lets what a post wrote become markup', () => {
    expect(page.title).toBe('Reasoning <with> "Sampling" & Co');
    expect(page.header).toContain(
      '<h1 class="paper-page-title">Reasoning &lt;with&gt; &quot;Sampling&quot; &amp; Co</h1>',
    );
    const html = fillPaperPage(template(), {
      ...page,
      description: '</script><script>alert(1)</script>',
    });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(
      '<title>Reasoning &lt;with&gt; &quot;Sampling&quot; &amp; Co | 논문 리뷰</title>',
    );
  });

  it('fill the template at each token and carry their data for hydration', () => {
    const html = fillPaperPage(template(), page);
    expect(html).toContain(
      '<link rel=canonical href=https://r.example/reviews/papers/2510.14901 />',
    );
    expect(html).toContain(
      `<main><div>${page.header}</div><div>${page.body}</div></main>`,
    );
    const data =
      /<script type="application\/json" id="paper-page-data">(.*)<\/script><\/body>/.exec(
        html,
      )?.[1];
    expect(JSON.parse(data!)).toEqual(page);
    for (const token of Object.values(PAPER_PAGE_TOKENS)) {
      expect(html).not.toContain(token);
    }
  });

  it('stop the build when the template lost a token', () => {
    expect(() => fillPaperPage('<html><body></body></html>', page)).toThrow(
      /template has no "PAPER PAGE TITLE": src\/components\/PaperPage must render it/,
    );
  });
});

/** A minified page as the build renders the route, with its tokens. */
function template(): string {
  const {title, description, header, body} = PAPER_PAGE_TOKENS;
  return `<!doctype html><html><head><title>${title} | 논문 리뷰</title><meta name=description content="${description}"/><link rel=canonical href=https://r.example/reviews/papers/:paperSlug /></head><body><main><div>${header}</div><div>${body}</div></main></body></html>`;
}
