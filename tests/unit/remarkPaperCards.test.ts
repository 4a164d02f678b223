import {readFileSync} from 'node:fs';
import headings from '@docusaurus/mdx-loader/lib/remark/headings/index.js';
import toc from '@docusaurus/mdx-loader/lib/remark/toc/index.js';
import {evaluate} from '@mdx-js/mdx';
import {createElement, type ReactNode} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import {VFile} from 'vfile';
import type {PluggableList} from 'unified';
import {describe, expect, it} from 'vitest';
import remarkPaperCards from '../../src/markdown/remarkPaperCards';
import {isAllCaps} from '../../src/lib/review';
import {PaperAppearances} from '../../src/lib/review/appearances';
import {buildPaperIndex} from '../../src/plugins/paper-index/paperIndex';
import {parsePost} from '../../src/lib/review';

const seed = readFileSync(
  new URL('../fixtures/legacy/20251027.mdx', import.meta.url),
  'utf8',
).replace(/^import (\w+) from .*$/gm, "export const $1 = '$1.png';");

interface TocItem {
  value: string;
  id: string;
  level: number;
}

/** Compiles a post the way Docusaurus orders these plugins and renders it. */
async function render(
  source: string,
  withCards = true,
  appearances?: PaperAppearances,
) {
  const file = new VFile({value: source, path: 'post.mdx'});
  const module = await evaluate(file, {
    ...runtime,
    remarkPlugins: [
      remarkFrontmatter,
      remarkMath,
      ...(withCards
        ? [[remarkPaperCards, {appearances}] as PluggableList[number]]
        : []),
      [headings, {anchorsMaintainCase: false}],
      toc,
    ],
  });
  const Content = module.default as (props: {
    components: Record<string, unknown>;
  }) => ReactNode;
  const html = renderToStaticMarkup(
    createElement(Content, {
      components: {
        PaperCard: ({
          alias,
          headingId,
          alsoReviewedIn,
          children,
        }: Record<string, ReactNode> & {alsoReviewedIn?: {href: string}[]}) =>
          createElement(
            'article',
            {
              id: alias,
              'data-heading': headingId,
              'data-also': alsoReviewedIn
                ?.map((review) => review.href)
                .join(' '),
            },
            children,
          ),
        PaperHeader: (props: {
          position: number;
          orgs: {id?: string; name: string}[];
          links: {kind: string; url: string}[];
          children: ReactNode;
        }) =>
          createElement(
            'header',
            {
              'data-position': props.position,
              'data-orgs': props.orgs
                .map((org) => org.id ?? `?${org.name}`)
                .join('|'),
              'data-links': props.links.map((link) => link.url).join(' '),
            },
            props.children,
          ),
        img: () => null,
        div: () => null,
      },
    }),
  );
  return {html, toc: module.toc as TocItem[], messages: file.messages};
}

const singlePaper = readFileSync(
  new URL(
    '../fixtures/single-paper/docs/papers/y2025/nov/20251103.mdx',
    import.meta.url,
  ),
  'utf8',
);

const ids = (html: string) =>
  [...html.matchAll(/<h[1-6][^>]* id="([^"]+)"/g)].map((match) => match[1]);

describe('remarkPaperCards', () => {
  it('keeps every heading id vanilla Docusaurus gives the seed', async () => {
    const vanilla = await render(seed, false);
    const cards = await render(seed);
    expect(ids(vanilla.html)).toHaveLength(15);
    expect(ids(cards.html)).toEqual(ids(vanilla.html));
    expect(cards.toc.map((item) => item.id)).toEqual(
      vanilla.toc.map((item) => item.id),
    );
  });

  it('renders each paper of the seed as a card named by its heading', async () => {
    const {html} = await render(seed);
    const cards = [
      ...html.matchAll(/<article id="([^"]*)" data-heading="([^"]+)"/g),
    ];
    expect(cards).toHaveLength(9);
    expect(cards[1]!.slice(1)).toEqual([
      'arxiv-2510.14901',
      '1-reasoning-with-sampling-harvard',
    ]);
  });

  it('lists papers in the table of contents by title, without tags or numbers', async () => {
    const {toc: items} = await render(seed);
    expect(
      items.filter((item) => item.level === 2).map((item) => item.value),
    ).toEqual([
      'A Definition of AGI',
      'Reasoning with Sampling',
      'SCALING LAWS MEET MODEL ARCHITECTURE',
      'Document Understanding, Measurement, and Manipulation Using Category Theory',
      'Stabilizing MoE Reinforcement Learning by Aligning Training and Inference Routers',
      'Video-As-Prompt',
      'Search Self-play',
      'Foley Control',
      'Soft Instruction De-escalation Defense',
    ]);
  });

  it('passes position, tags and paper links to the card header', async () => {
    const {html} = await render(seed);
    expect(html).toContain(
      '<header data-position="2" data-orgs="harvard" data-links="https://arxiv.org/abs/2510.14901 https://arxiv.org/pdf/2510.14901 https://huggingface.co/papers/2510.14901">',
    );
    // Tags arrive resolved through the registry: the browser never needs it.
    expect(html).toContain('data-orgs="stability-ai"');
    expect(html).toContain('data-orgs="xiaomi"');
    expect(html).toContain(
      'data-links="https://arxiv.org/abs/2510.21553 https://arxiv.org/pdf/2510.21553"',
    );
  });

  it('numbers the cards by their place in the post, not as the author typed them', async () => {
    const {html} = await render(seed);
    // The seed's headings say 1, 1, 3, 2, (none), 1, 2, 3, 4.
    expect(
      [...html.matchAll(/data-position="(\d+)"/g)].map((match) => match[1]),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    // Its anchors keep the typed numbers (they are public URLs).
    expect(ids(html)).toContain('1-reasoning-with-sampling-harvard');
  });

  it('marks a title or sub-title set in capitals throughout, and only those', async () => {
    const {html} = await render(seed);
    expect(html.match(/<h[23][^>]*data-all-caps/g)).toHaveLength(2);
    expect(html).toMatch(/<h2[^>]*data-all-caps[^>]*>.*SCALING LAWS MEET/);
    expect(html).toMatch(/<h3[^>]*data-all-caps[^>]*>TOWARD INFERENCE/);
    expect(isAllCaps('A Definition of AGI')).toBe(false);
    expect(isAllCaps('AGI')).toBe(false);
    expect(isAllCaps('LLAMA 3: OPEN MODELS')).toBe(true);
  });

  it('puts the sub-title and the review text inside the card', async () => {
    const {html} = await render(seed);
    const card = html.slice(html.indexOf('<article id="arxiv-2510.20888"'));
    const end = card.indexOf('</article>');
    expect(card.slice(0, end)).toContain(
      '<h3 id="unified-semantic-control-for-video-generation">',
    );
    expect(card.slice(0, end)).toContain('video in-context generation');
    expect(card.slice(end)).not.toContain('video in-context generation');
  });

  it('leaves ordinary headings and their text alone', async () => {
    const source = '# 제목\n\n## 정리\n\n본문입니다.\n\n### 메모\n';
    const plain = await render(source, false);
    const cards = await render(source);
    expect(cards.html).toBe(plain.html);
    expect(cards.html).not.toContain('<article');
  });

  it('keeps an explicit id the author wrote on a paper heading', async () => {
    const {html, toc: items} = await render(
      '## 1. [Paper](https://arxiv.org/abs/2501.00001) `google` {/* #old-link */}\n',
    );
    expect(ids(html)).toEqual(['old-link']);
    expect(items[0]!.value).toBe('Paper');
  });

  it('gives the alias anchor only to the first of two reviews of one paper', async () => {
    const {html} = await render(
      '## [A](https://arxiv.org/abs/2501.00001)\n\n## [A again](https://arxiv.org/pdf/2501.00001)\n',
    );
    expect(html.match(/id="arxiv-2501.00001"/g)).toHaveLength(1);
  });

  it('links a card to the other posts that review the same paper', async () => {
    const older = parsePost(
      '## 1. [Reasoning with Sampling](https://arxiv.org/abs/2510.14901)\n',
      'docs/papers/y2025/oct/20251020.mdx',
    );
    const appearances = new PaperAppearances();
    appearances.update(
      buildPaperIndex([older]).papers,
      new Map([[older.permalink, 'docs/papers/y2025/oct/20251020.mdx']]),
    );
    const {html} = await render(seed, true, appearances);
    expect(html).toContain(
      'data-also="/docs/papers/y2025/oct/20251020#1-reasoning-with-sampling"',
    );
    expect(html.match(/data-also=/g)).toHaveLength(1);
  });
});

describe('remarkPaperCards on a single-paper review', () => {
  it('puts one card for the paper right under the title', async () => {
    const {html} = await render(singlePaper);
    expect(html.match(/<article/g)).toHaveLength(1);
    expect(html).toMatch(
      /^<h1[^>]*>Attention Is All You Need<\/h1>\n?<article id="arxiv-1706.03762" data-heading="paper">/,
    );
    expect(html).toContain(
      '<header data-position="1" data-orgs="google" data-links="https://arxiv.org/abs/1706.03762 https://arxiv.org/pdf/1706.03762">',
    );
  });

  it('titles the card with a linked heading that the table of contents lists as #paper', async () => {
    const {html, toc: items} = await render(singlePaper);
    expect(html).toContain(
      '<h2 id="paper"><a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a></h2>',
    );
    expect(items.map((item) => [item.level, item.value, item.id])).toEqual([
      [2, 'Attention Is All You Need', 'paper'],
      [2, '1. 소개', '1-소개'],
      [2, '2. 방법', '2-방법'],
      [2, '3. 실험 결과', '3-실험-결과'],
    ]);
  });

  it("leaves the post's own sections after the card, with their ids", async () => {
    const plain = await render(singlePaper, false);
    const {html} = await render(singlePaper);
    const card = html.slice(
      html.indexOf('<article'),
      html.indexOf('</article>'),
    );
    expect(card).not.toContain('소개');
    const [title, ...sections] = ids(plain.html);
    expect(ids(html)).toEqual([title, 'paper', ...sections]);
    const after = (text: string, tag: string) =>
      text.slice(text.indexOf(tag) + tag.length);
    expect(after(html, '</article>')).toBe(after(plain.html, '</h1>'));
  });

  it('puts the card at the start of a post without a level-1 title', async () => {
    const {html} = await render(
      '---\npaper: https://huggingface.co/papers/1706.03762\ntitle: Attention Is All You Need\n---\n\n## 1. 소개\n\n본문.\n',
    );
    expect(html).toMatch(
      /^<article id="arxiv-1706.03762" data-heading="paper">/,
    );
    expect(html).toContain('data-orgs=""');
    expect(html).toContain('>Attention Is All You Need</a></h2>');
  });

  it('leaves numbered sections alone when no front matter names a paper', async () => {
    const source = singlePaper.replace(/^---\n[\s\S]*?\n---\n/, '');
    const plain = await render(source, false);
    const cards = await render(source);
    expect(cards.html).toBe(plain.html);
    expect(cards.html).not.toContain('<article');
  });
});
