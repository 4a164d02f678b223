/**
 * A real Pagefind index of a fixture post, searched with the same
 * `pagefind.js` the browser loads: run in Node, with `fetch` reading the
 * index files from disk.
 */
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {excerptParts, toHit} from '../../src/client/search/hits';
import {pagefindFilters} from '../../src/client/search/query';
import {separateBrackets} from '../../src/client/search/schema';
import {reviewRecords} from '../../src/plugins/search-index/records';
import {reviewInput} from '../searchInput';
import {
  writeSearchIndex,
  type IndexStats,
} from '../../src/plugins/search-index/writeIndex';
import type {Pagefind} from '../../src/client/search/pagefind';

const FIXTURE = new URL('../fixtures/search/20251103.mdx', import.meta.url);
const FILE = 'docs/papers/y2025/nov/20251103.mdx';
const ROUTING =
  '/docs/papers/y2025/nov/20251103#1-routing-tokens-without-auxiliary-losses-google-deepmind-kaist';

let folder: string;
let stats: IndexStats;
let pagefind: Pagefind;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  const records = reviewRecords(
    ...reviewInput(await readFile(FIXTURE, 'utf8'), FILE),
    'ko',
  );
  stats = await writeSearchIndex(
    records,
    path.join(folder, 'pagefind'),
    process.cwd(),
  );
  // The runtime fetches index files next to itself; here they are files.
  globalThis.fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response('not found', {status: 404});
    }
  };
  const runtime = pathToFileURL(path.join(folder, 'pagefind', 'pagefind.js'));
  pagefind = (await import(/* @vite-ignore */ runtime.href)) as Pagefind;
  await pagefind.options({baseUrl: '/', excerptLength: 12});
}, 60_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await rm(folder, {recursive: true, force: true});
});

/** A search as the search UI makes it. */
async function search(query: string, filters = {}) {
  const response = await pagefind.search(separateBrackets(query), {
    filters: pagefindFilters(filters),
  });
  return Promise.all(
    (response?.results ?? []).map(async (result) =>
      toHit(result.id, await result.data()),
    ),
  );
}

describe('a search index of a post that says 전문가 혼합(Mixture of Experts)', () => {
  it('finds the paper by the English word in brackets', async () => {
    const hits = await search('Mixture');
    expect(hits[0]?.url).toBe(ROUTING);
    expect(hits[0]?.kind).toBe('paper');
  });

  it('finds the paper by the Korean word before the bracket', async () => {
    const hits = await search('혼합');
    expect(hits[0]?.url).toBe(ROUTING);
  });

  it('finds the paper by a name written in brackets against a word: R3, (R3), Replay(R3)', async () => {
    for (const query of ['R3', '(R3)', 'Replay(R3)', 'r3']) {
      const hits = await search(query);
      expect(hits[0]?.url, query).toBe(ROUTING);
    }
  });

  it('finds a word that a Korean particle follows, by its start', async () => {
    // The text has "부하를" only.
    const hits = await search('부하');
    expect(hits[0]?.url).toBe(ROUTING);
  });

  it('marks the matched word in the excerpt', async () => {
    const [hit] = await search('Mixture');
    expect(hit?.excerpt.filter((part) => part.mark)).toEqual([
      {text: '혼합(Mixture', mark: true},
    ]);
  });

  it('finds a paper by its review alone, without a near-copy under its post', async () => {
    const hits = await search('전문가 혼합');
    expect(hits.map((hit) => hit.kind)).toEqual(['paper']);
  });

  it('finds the post by the date that names it and by its own prose', async () => {
    const [byTitle] = await search('11월 3일 논문 리뷰');
    expect([byTitle?.kind, byTitle?.title]).toEqual([
      'review',
      '2025년 11월 3일 논문 리뷰',
    ]);
    const byProse = await search('MoE 논문이 많았다');
    expect(byProse.map((hit) => [hit.kind, hit.title])).toEqual([
      ['review', '2025년 11월 3일 논문 리뷰'],
    ]);
  });

  it('finds a paper by its organisation and by its arXiv id', async () => {
    expect((await search('ByteDance'))[0]?.title).toBe('Long Video Tokenizers');
    expect((await search('2511.04321'))[0]?.title).toBe(
      'Dense Students of Sparse Teachers',
    );
  });

  it('narrows results to the chosen organisations', async () => {
    const all = await search('모델');
    expect(all.length).toBeGreaterThan(2);
    const meta = await search('모델', {org: ['meta']});
    expect(meta.map((hit) => hit.title)).toEqual([
      'Dense Students of Sparse Teachers',
    ]);
    const either = await search('모델', {org: ['meta', 'bytedance']});
    expect(either.map((hit) => hit.title).sort()).toEqual([
      'Dense Students of Sparse Teachers',
      'Long Video Tokenizers',
    ]);
  });

  it('counts results by organisation, year and kind', async () => {
    expect(await pagefind.filters()).toEqual({
      kind: {paper: 3, review: 1},
      org: {'google-deepmind': 1, kaist: 1, meta: 1, bytedance: 1},
      year: {'2025': 4},
    });
  });

  it('finds nothing for words the post does not have', async () => {
    expect(await search('양자컴퓨터')).toEqual([]);
  });

  it("writes the index and the runtime, and none of Pagefind's own UIs", async () => {
    const files = await readdir(path.join(folder, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
    expect(stats.records).toBe(4);
    expect(stats.indexBytes).toBeGreaterThan(0);
    expect(stats.indexBytes).toBeLessThan(20_000);
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked text, unescaping < and >', () => {
    expect(
      excerptParts('a &lt;b&gt; & <mark>라우팅</mark> 동작 <mark>x</mark>'),
    ).toEqual([
      {text: 'a <b> & ', mark: false},
      {text: '라우팅', mark: true},
      {text: ' 동작 ', mark: false},
      {text: 'x', mark: true},
    ]);
  });

  it('joins adjacent marks into one run', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([
      {text: 'ab', mark: true},
    ]);
  });
});
