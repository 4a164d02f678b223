import {readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {renderFeeds} from '../../src/plugins/paper-index/feeds';
import {renderLlmsTxt} from '../../src/plugins/paper-index/llmsTxt';
import {buildPaperIndex} from '../../src/plugins/paper-index/paperIndex';
import {renderPapersJson} from '../../src/plugins/paper-index/papersJson';
import {loadSite} from '../../src/lib/rules';
import {indexedPosts} from '../../src/plugins/paper-index/posts';
import type {ReviewPost} from '../../src/lib/review';
import {contentLicense} from '../../src/lib/site/contentLicense';
import type {SiteInfo} from '../../src/plugins/paper-index/site';

const ROOT = path.join(__dirname, '..', '..');
const SITE: SiteInfo = {
  url: 'https://reviews.example.org',
  baseUrl: '/',
  title: '논문 리뷰',
  description: '며칠마다 읽은 ML 논문을 짧게 정리합니다',
  language: 'ko',
  license: contentLicense('CC-BY-NC-4.0'),
};
const schema = JSON.parse(
  readFileSync(
    path.join(ROOT, 'src/plugins/paper-index/papers.schema.json'),
    'utf8',
  ),
);

function validator() {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('outputs of the real content', async () => {
  const posts = indexedPosts(loadSite({root: ROOT}));
  const index = buildPaperIndex(posts);
  const reviews = posts.filter(
    (post): post is ReviewPost => post.kind === 'review',
  );

  describe('papers.json', () => {
    const data = JSON.parse(renderPapersJson(index, SITE));

    it('validates against its schema', () => {
      const validate = validator();
      expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(
        true,
      );
    });

    it('holds the nine seed papers with their arXiv ids and orgs, and the 20251021 paper', () => {
      const seed = data.papers.filter((paper: {reviews: {post: string}[]}) =>
        paper.reviews.some((review) => review.post.endsWith('/20251027')),
      );
      expect(
        seed.map((paper: {arxivId: string}) => paper.arxivId).sort(),
      ).toEqual([
        '2510.11370',
        '2510.14901',
        '2510.18212',
        '2510.18245',
        '2510.18821',
        '2510.20888',
        '2510.21057',
        '2510.21553',
        '2510.21581',
      ]);
      const orgIds = seed.flatMap((paper: {orgs: {id: string}[]}) =>
        paper.orgs.map((org) => org.id),
      );
      expect(orgIds.sort()).toEqual([
        'amazon',
        'bytedance',
        'google',
        'harvard',
        'stability-ai',
        'xiaomi',
      ]);
      const distractor = data.papers.find(
        (paper: {title: string}) =>
          paper.title ===
          'Distractor Injection Attacks on Large Reasoning Models',
      );
      expect(distractor).toMatchObject({
        orgs: [{id: 'amazon', name: 'Amazon'}],
      });
      expect(distractor).not.toHaveProperty('arxivId');
      expect(distractor.page).toMatch(
        /^https:\/\/reviews\.example\.org\/papers\/web-[0-9a-f]{12}$/,
      );
      expect(
        seed.find((paper: {arxivId: string}) => paper.arxivId === '2510.14901')
          .page,
      ).toBe('https://reviews.example.org/papers/2510.14901');
      expect(distractor.reviews[0].url).toBe(
        'https://reviews.example.org/docs/papers/y2025/oct/20251021#1-distractor-injection-attacks-on-large-reasoning-models-amazon',
      );
    });

    it('states the licence of the reviews', () => {
      expect(data.license).toEqual({
        id: 'CC-BY-NC-4.0',
        name: 'CC BY-NC 4.0',
        url: 'https://creativecommons.org/licenses/by-nc/4.0/',
      });
    });

    it('the schema rejects a paper that invents an unknown field', () => {
      const broken = structuredClone(data);
      broken.papers[0].rating = 5;
      expect(validator()(broken)).toBe(false);
    });
  });

  describe('feeds', () => {
    const feeds = renderFeeds(reviews, SITE);
    const xml = new XMLParser({ignoreAttributes: false});

    it('RSS 2.0 is well-formed, in Korean, one item per review post with absolute links', () => {
      expect(XMLValidator.validate(feeds.rss)).toBe(true);
      const {rss} = xml.parse(feeds.rss);
      expect(rss['@_version']).toBe('2.0');
      expect(rss.channel.language).toBe('ko');
      const items = [rss.channel.item].flat();
      expect(items.map((item: {link: string}) => item.link)).toEqual([
        'https://reviews.example.org/docs/papers/y2025/oct/20251027',
        'https://reviews.example.org/docs/papers/y2025/oct/20251021',
      ]);
      expect(items[0].pubDate).toBe('Mon, 27 Oct 2025 00:00:00 GMT');
      expect(items[0]['content:encoded']).toContain(
        'https://reviews.example.org/docs/papers/y2025/oct/20251027#1-reasoning-with-sampling-harvard',
      );
    });

    it('Atom 1.0 is well-formed with dated entries', () => {
      expect(XMLValidator.validate(feeds.atom)).toBe(true);
      const {feed} = xml.parse(feeds.atom);
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      const entries = [feed.entry].flat();
      expect(entries).toHaveLength(2);
      expect(entries[0].updated).toBe('2025-10-27T00:00:00.000Z');
      expect(feed.updated).toBe('2025-10-27T00:00:00.000Z');
    });

    it('JSON Feed 1.1 lists the posts with their papers', () => {
      const json = JSON.parse(feeds.json);
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.language).toBe('ko');
      expect(json.feed_url).toBe('https://reviews.example.org/feed.json');
      expect(json.items[0]).toMatchObject({
        url: 'https://reviews.example.org/docs/papers/y2025/oct/20251027',
        date_published: '2025-10-27T00:00:00.000Z',
      });
      expect(json.items[0].summary).toMatch(/^논문 9편: A Definition of AGI, /);
    });

    it('every feed states the licence the author chose for the reviews', () => {
      const notice =
        '© 논문 리뷰 · CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/)';
      expect(xml.parse(feeds.rss).rss.channel.copyright).toBe(notice);
      expect(xml.parse(feeds.atom).feed.rights).toBe(notice);
      expect(JSON.parse(feeds.json)._license).toEqual({
        id: 'CC-BY-NC-4.0',
        name: 'CC BY-NC 4.0',
        url: 'https://creativecommons.org/licenses/by-nc/4.0/',
      });
    });

    it('feeds stay the same when nothing new was published', () => {
      expect(renderFeeds(reviews, SITE)).toEqual(feeds);
    });
  });

  it('llms.txt lists every post and paper with absolute links', () => {
    const text = renderLlmsTxt(posts, index, SITE);
    expect(text).toMatch(/^# 논문 리뷰\n\n> /);
    expect(text).toContain('리뷰 2편, 논문 10편');
    expect(text).toContain(
      '  - [Video-As-Prompt](https://reviews.example.org/docs/papers/y2025/oct/20251027#1-video-as-prompt-bytedance) (arXiv 2510.20888)',
    );
  });
});
