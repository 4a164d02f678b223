import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  blogRecords,
  orgFilterValues,
  publishedRecords,
  reviewRecords,
  type SearchRecord,
} from '../../src/plugins/search-index/records';
import {reviewInput} from '../searchInput';
import {parseMdx} from '../../src/lib/review';
import type {PaperMetadata} from '../../src/lib/paperMetadata/metadata';

const source = readFileSync(
  new URL('../fixtures/search/20251103.mdx', import.meta.url),
  'utf8',
);
const FILE = 'docs/papers/y2025/nov/20251103.mdx';
const PAGE = '/docs/papers/y2025/nov/20251103';
const records = reviewRecords(...reviewInput(source, FILE), 'ko');
const [routing, distillation, video, post] = records as [
  SearchRecord,
  SearchRecord,
  SearchRecord,
  SearchRecord,
];

describe('the search records of a review post', () => {
  it('gives every paper a record that links to its heading, and the post one more', () => {
    expect(records.map((record) => record.url)).toEqual([
      `${PAGE}#1-routing-tokens-without-auxiliary-losses-google-deepmind-kaist`,
      `${PAGE}#2-dense-students-of-sparse-teachers-meta`,
      `${PAGE}#3-long-video-tokenizers-bytedance`,
      PAGE,
    ]);
    expect(records.map((record) => record.meta.kind)).toEqual([
      'paper',
      'paper',
      'paper',
      'review',
    ]);
  });

  it("holds a paper's own text, title, sub-title, organisation names and arXiv id", () => {
    expect(routing.content).toContain('전문가 혼합(Mixture of Experts)');
    expect(routing.content).toContain('Load-Balanced Experts');
    expect(routing.content).toContain('Google DeepMind KAIST');
    expect(routing.content).toContain('2511.01234');
    expect(routing.content).not.toContain('밀집');
    expect(distillation.content).toContain('밀집(dense) 학생 모델');
    expect(distillation.content).not.toContain('전문가 혼합');
  });

  it('starts with the title and the review, so that excerpts quote the review', () => {
    expect(video.content.split('\n')).toEqual([
      'Long Video Tokenizers',
      '비디오 생성 모델을 위한 토크나이저. 긴 영상을 짧은 토큰 열로 압축한다.',
      'ByteDance',
      '2511.05555',
    ]);
  });

  it('never indexes import lines or expressions', () => {
    for (const record of records) {
      expect(record.content).not.toMatch(/routerDiagram|import |asset/);
    }
  });

  it('shows a paper with its tags as written, its date and the title of its post', () => {
    expect(routing.meta).toEqual({
      kind: 'paper',
      title: 'Routing Tokens Without Auxiliary Losses',
      subtitle: 'Load-Balanced Experts for Sparse Transformers',
      date: '2025-11-03',
      orgs: 'google deepmind\nKAIST',
      post: '2025년 11월 3일 논문 리뷰',
    });
  });

  it('files a paper under registry ids of its organisations and its year', () => {
    expect(routing.filters).toEqual({
      kind: ['paper'],
      year: ['2025'],
      org: ['google-deepmind', 'kaist'],
    });
    expect(routing.sort).toEqual({date: '2025-11-03'});
    expect(routing.language).toBe('ko');
  });

  it('indexes the post under its title with its own prose, leaving its papers to their records', () => {
    expect(post.meta).toEqual({
      kind: 'review',
      title: '2025년 11월 3일 논문 리뷰',
      date: '2025-11-03',
    });
    expect(post.filters).toEqual({kind: ['review'], year: ['2025']});
    expect(post.content.match(/2025년 11월 3일 논문 리뷰/g)).toHaveLength(1);
    expect(post.content).toContain('이번 주는 MoE 논문이 많았다.');
    for (const paper of [routing, distillation, video]) {
      expect(post.content).not.toContain(paper.content);
    }
  });

  it('leaves a paper without organisation tags out of the organisation filter', () => {
    const [paper] = reviewRecords(
      ...reviewInput(
        '## [A Definition of AGI](https://huggingface.co/papers/2510.18212)\n\n링크\n',
        FILE,
      ),
      'ko',
    );
    expect(paper?.filters).toEqual({kind: ['paper'], year: ['2025']});
    expect(paper?.meta).not.toHaveProperty('orgs');
  });

  it('finds a paper by its authors when its metadata is cached, after its review text', () => {
    const [paper] = reviewRecords(
      ...reviewInput(
        '## [A Definition of AGI](https://huggingface.co/papers/2510.18212)\n\n범용 인공지능의 정의를 제안한다.\n',
        FILE,
      ),
      'ko',
      (arxivId) =>
        arxivId === '2510.18212'
          ? ({
              authors: [{name: 'Dan Hendrycks'}, {name: '김민준'}],
            } as PaperMetadata)
          : undefined,
    );
    expect(paper?.content).toContain('Dan Hendrycks, 김민준');
    expect(paper?.content.indexOf('범용')).toBeLessThan(
      paper!.content.indexOf('Hendrycks'),
    );
  });

  it('names a post without a title by its date', () => {
    const [, whole] = reviewRecords(
      ...reviewInput(
        '## [A Definition of AGI](https://huggingface.co/papers/2510.18212)\n',
        FILE,
      ),
      'ko',
    );
    expect(whole?.meta.title).toBe('2025년 11월 3일 논문 리뷰');
  });
});

describe('the search records of a blog post', () => {
  const content =
    '요약 문단.\n\n{/* truncate */}\n\n## 배경\n\n라우팅 이야기.\n\n## 1. [Video-As-Prompt](https://huggingface.co/papers/2510.20888) `bytedance`\n\n비디오 생성.\n';
  const blog = blogRecords(
    {
      content,
      metadata: {
        source: '@site/blog/2026-11-25-routing.mdx',
        title: '라우팅에 관하여',
        date: new Date('2026-11-25T00:00:00.000Z'),
        permalink: '/reviews/blog/routing',
      },
    },
    parseMdx(content, 'blog/2026-11-25-routing.mdx'),
    '/reviews/',
    'ko',
  );

  it('links to the post without the base URL, under its title and date', () => {
    const whole = blog.at(-1)!;
    expect(whole.url).toBe('/blog/routing');
    expect(whole.meta).toEqual({
      kind: 'blog',
      title: '라우팅에 관하여',
      date: '2026-11-25',
    });
    expect(whole.filters).toEqual({kind: ['blog'], year: ['2026']});
    expect(whole.content).toMatch(
      /^라우팅에 관하여\n요약 문단\. 배경 라우팅 이야기\./,
    );
    expect(whole.content).not.toContain('truncate');
  });

  it('gives a paper reviewed in a blog post its own record too', () => {
    expect(blog[0]?.url).toBe('/blog/routing#1-video-as-prompt-bytedance');
    expect(blog[0]?.meta.post).toBe('라우팅에 관하여');
  });
});

describe('publishedRecords', () => {
  const site = {
    baseUrl: '/reviews/',
    routesPaths: [
      '/reviews/docs/papers/y2025/nov/20251103',
      '/reviews/docs/papers/y2025/nov/20251104',
    ],
    routesBuildMetadata: {
      '/reviews/docs/papers/y2025/nov/20251103': {noIndex: false},
      '/reviews/docs/papers/y2025/nov/20251104': {noIndex: true},
    },
  };

  it('keeps the records of published pages, anchors included', () => {
    expect(publishedRecords(records, site)).toEqual(records);
  });

  it('drops the records of drafts, which have no page, and of unlisted pages', () => {
    const draft = reviewRecords(
      ...reviewInput(source, 'docs/papers/y2025/nov/20251105.mdx'),
      'ko',
    );
    const unlisted = reviewRecords(
      ...reviewInput(source, 'docs/papers/y2025/nov/20251104.mdx'),
      'ko',
    );
    expect(publishedRecords([...draft, ...unlisted], site)).toEqual([]);
  });
});

describe('orgFilterValues', () => {
  it('gives one value per organisation, however its tags are spelled', () => {
    expect(
      orgFilterValues(['stability ai', 'Stability-AI', 'shaomi', 'nobody']),
    ).toEqual(['stability-ai', 'xiaomi', 'nobody']);
  });
});
