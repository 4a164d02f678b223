import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseArxivFeed} from '../../src/lib/paperMetadata/arxivFeed';
import {
  parseDailyPapers,
  parseHuggingFacePaper,
} from '../../src/lib/paperMetadata/huggingFace';
import {
  metadataFile,
  metadataStore,
  parseMetadata,
  serializeMetadata,
} from '../../src/lib/paperMetadata/metadata';
import {refreshPapers} from '../../src/lib/paperMetadata/refresh';
import {
  SourceError,
  fetchPaper,
  fetchPapers,
  type Sources,
} from '../../src/lib/paperMetadata/sources';
import {
  replaySources,
  startReplayServer,
  type ReplayServer,
} from '../paperApi/replayServer';

const RECORDINGS = path.join(__dirname, '..', 'fixtures', 'paper-api');
const recording = (file: string) =>
  readFileSync(path.join(RECORDINGS, file), 'utf8');

let server: ReplayServer | undefined;

async function replay(
  behaviours: Parameters<typeof startReplayServer>[0] = {},
): Promise<Sources> {
  server = await startReplayServer(behaviours);
  return replaySources(server);
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the arXiv API feed', () => {
  it('reads title, authors with affiliations, dates, version and categories, with the line wrapping undone', () => {
    const [entry] = parseArxivFeed(recording('arxiv/2510.99001.xml')).entries;

    expect(entry).toMatchObject({
      arxivId: '2510.99001',
      version: 2,
      title:
        'Hangul Tokenizers at Scale: Morpheme-Aware Vocabularies for Korean Language Models',
      published: '2025-10-20',
      updated: '2025-10-24',
      categories: ['cs.CL'],
      withdrawn: false,
    });
    expect(entry?.authors).toEqual([
      {name: '김민준', affiliations: ['Seoul National University']},
      {
        name: 'Jürgen Müller',
        affiliations: ['Institut für Beispielkunde, Universität Musterstadt'],
      },
      {name: 'José Ángel García-Núñez'},
      {name: "Zoë O'Brien", affiliations: ['KAIST']},
    ]);
    expect(entry?.abstract).toContain('서울 and Jeju dialects. Code:');
    expect(entry?.abstract).toContain('& data.');
  });

  it('decodes numeric character references', () => {
    const [entry] = parseArxivFeed(recording('arxiv/2510.99003.xml')).entries;
    expect(entry?.abstract).toContain('(≈8× less, <1 GB)');
  });

  it('skips an entry without an id or a title rather than inventing a paper', () => {
    const feed = parseArxivFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><updated>2025-10-28T00:00:00Z</updated></entry></feed>',
    );
    expect(feed).toEqual({entries: [], errors: []});
  });

  it('knows a withdrawn paper by its comment', () => {
    const [entry] = parseArxivFeed(recording('arxiv/2510.99002.xml')).entries;
    expect(entry?.withdrawn).toBe(true);
  });

  it("keeps the API's error entries apart from papers", () => {
    const feed = parseArxivFeed(recording('arxiv/malformed-id.xml'));
    expect(feed.entries).toEqual([]);
    expect(feed.errors).toEqual(['incorrect id format for 1234']);
  });
});

describe('the Hugging Face papers API', () => {
  it('reads a paper, leaving hidden authors out, with its organisation and code', () => {
    const paper = parseHuggingFacePaper(
      JSON.parse(recording('huggingface/papers/2510.99001.json')),
    );
    expect(paper.authors).toEqual([
      '김민준',
      'Jürgen Müller',
      'José Ángel García-Núñez',
      "Zoë O'Brien",
    ]);
    expect(paper.project).toBe('https://example.org/hangul-tokenizers');
  });

  it("lists a day's papers, most upvoted first, with the daily entry's organisation", () => {
    const papers = parseDailyPapers(
      JSON.parse(recording('huggingface/daily/2025-10-27.json')),
    );
    expect(papers.map((paper) => [paper.arxivId, paper.upvotes])).toEqual([
      ['2510.14901', 35],
      ['2510.99001', 12],
      ['2510.99003', 7],
    ]);
    expect(papers[2]?.organization).toEqual({
      name: 'kaist-ai',
      fullName: 'KAIST AI',
    });
  });
});

describe('fetching a paper', () => {
  it('combines arXiv and Hugging Face into one record', async () => {
    const paper = await fetchPaper('2510.14901', await replay());

    expect(paper).toMatchObject({
      arxivId: '2510.14901',
      title:
        'Reasoning with Sampling: Your Base Model is Smarter Than You Think',
      authors: [
        {name: 'Aayush Karan', affiliations: ['Harvard University']},
        {name: 'Yilun Du', affiliations: ['Harvard University']},
      ],
      published: '2025-10-16',
      organization: {name: 'harvard', fullName: 'Harvard University'},
      links: {
        arxiv: 'https://arxiv.org/abs/2510.14901',
        pdf: 'https://arxiv.org/pdf/2510.14901',
        huggingFace: 'https://huggingface.co/papers/2510.14901',
        code: 'https://github.com/aakaran/reasoning-with-sampling',
      },
    });
    expect(paper.updated).toBeUndefined();
  });

  it('waits and tries again when an API answers HTTP 429', async () => {
    const sources = await replay({'/api/papers/2510.14901': {rateLimited: 2}});
    const paper = await fetchPaper('2510.14901', sources);
    expect(paper.links.huggingFace).toBeDefined();
    expect(
      server!.requests.filter(
        (request) => request === '/api/papers/2510.14901',
      ),
    ).toHaveLength(3);
  });

  it('gives up on HTTP 429 after its retries, saying so', async () => {
    const sources = await replay({'/api/papers/2510.14901': {rateLimited: 9}});
    await expect(fetchPaper('2510.14901', sources)).rejects.toThrow(
      /^127\.0\.0\.1:\d+ answered HTTP 429 4 times in a row; try again in a minute$/,
    );
  });

  it('says when arXiv has no such paper', async () => {
    const error = await fetchPaper('2510.99999', await replay()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).kind).toBe('not-found');
    expect((error as Error).message).toBe(
      "arXiv has no paper 2510.99999; check the id (it is the number in the paper's arxiv.org/abs/ address)",
    );
  });

  it('refuses a withdrawn paper', async () => {
    await expect(fetchPaper('2510.99002', await replay())).rejects.toThrow(
      'arXiv 2510.99002 was withdrawn by its authors (v2); a withdrawn paper is not added',
    );
  });

  it('gives up on an API that does not answer, naming it and the limit', async () => {
    const sources = await replay({'arxiv:2510.14901': {hang: true}});
    const error = await fetchPaper('2510.14901', {
      ...sources,
      timeoutMs: 300,
    }).catch((caught: unknown) => caught);
    expect((error as SourceError).kind).toBe('timeout');
    expect((error as Error).message).toMatch(
      /^127\.0\.0\.1:\d+ did not answer within 0\.3 s; try again later \(PAPER_API_TIMEOUT_MS sets the limit in ms\)$/,
    );
  });

  it('says it cannot reach an API when offline', async () => {
    const sources = await replay();
    await server!.close();
    server = undefined;
    const error = await fetchPaper('2510.14901', sources).catch(
      (caught: unknown) => caught,
    );
    expect((error as SourceError).kind).toBe('offline');
    expect((error as Error).message).toMatch(
      /^could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\): check the connection, or try again when online$/,
    );
  });

  it('finds an old-style id written with its subject class, which arXiv answers without', async () => {
    const paper = await fetchPaper('math.DG/0211159', await replay());
    expect(paper).toMatchObject({
      arxivId: 'math.DG/0211159',
      authors: [{name: 'Grisha Perelman'}],
      published: '2002-11-11',
      categories: ['math.DG'],
    });
  });

  it('does not wait when the API asks for longer than a minute', async () => {
    const sources = await replay({
      '/api/papers/2510.14901': {rateLimited: 1, retryAfter: '3600'},
    });
    await expect(fetchPaper('2510.14901', sources)).rejects.toThrow(
      /^127\.0\.0\.1:\d+ is limiting requests \(HTTP 429\) and asks to wait 3600 s; try again then$/,
    );
  });

  it('gives up on an answer whose body never comes, as a timeout', async () => {
    const sources = await replay({'/api/papers/2510.14901': {stallBody: true}});
    const error = await fetchPaper('2510.14901', {
      ...sources,
      timeoutMs: 300,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).kind).toBe('timeout');
  });

  it('asks arXiv for many papers in one request', async () => {
    const {papers, missing} = await fetchPapers(
      ['1706.03762', '2510.14901', '2510.99999'],
      await replay(),
    );
    expect(papers.map((paper) => paper.arxivId)).toEqual([
      '1706.03762',
      '2510.14901',
    ]);
    expect(missing).toEqual(['2510.99999']);
    expect(
      server!.requests.filter((request) => request.startsWith('/api/query')),
    ).toEqual([
      '/api/query?id_list=1706.03762,2510.14901,2510.99999&max_results=3',
    ]);
  });
});

describe('the metadata files', () => {
  let site: string;
  beforeEach(() => {
    site = mkdtempSync(path.join(tmpdir(), 'paper-metadata-'));
  });
  afterEach(() => rmSync(site, {recursive: true, force: true}));

  it('round-trips through its file, byte for byte', async () => {
    const paper = await fetchPaper('2510.99001', await replay());
    const text = serializeMetadata(paper);
    expect(
      serializeMetadata(parseMetadata(text, metadataFile(paper.arxivId))),
    ).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('rejects a file edited out of its format, naming the field', () => {
    const text = JSON.stringify({
      version: 1,
      arxivId: '2510.14901',
      title: 'T',
      authors: [{name: ''}],
      abstract: '',
      published: '2025-13-40',
      links: {arxiv: 'https://arxiv.org/abs/2510.14901', pdf: 'x'},
    });
    expect(() => parseMetadata(text, 'paper-metadata/2510.14901.json')).toThrow(
      /^paper-metadata\/2510\.14901\.json: does not match the paper metadata format: .*\/authors\/0\/name must NOT have fewer than 1 characters.*\/published must match format "date".*\(fix the field, or delete the file and run `npm run refresh-papers`\)$/,
    );
  });

  it('is read again when a file changes, as a running dev server needs', async () => {
    const paper = await fetchPaper('2510.14901', await replay());
    const lookup = metadataStore(site);
    expect(lookup('2510.14901')).toBeUndefined();
    mkdirSync(path.join(site, 'paper-metadata'));
    const file = path.join(site, metadataFile('2510.14901'));
    writeFileSync(file, serializeMetadata(paper));
    expect(lookup('2510.14901')?.title).toBe(paper.title);
    writeFileSync(
      file,
      serializeMetadata({...paper, title: 'Reasoning with Sampling, v2'}),
    );
    const later = new Date(Date.now() + 5000);
    const {utimesSync} = await import('node:fs');
    utimesSync(file, later, later);
    expect(lookup('2510.14901')?.title).toBe('Reasoning with Sampling, v2');
  });

  it('refresh rewrites only files whose metadata changed, and adds the reviewed papers it lacks', async () => {
    const sources = await replay();
    const old = await fetchPaper('2510.14901', sources);
    mkdirSync(path.join(site, 'paper-metadata'));
    const stale = serializeMetadata({...old, title: 'Reasoning With Sampling'});
    writeFileSync(path.join(site, metadataFile('2510.14901')), stale);

    const results = await refreshPapers({
      siteDir: site,
      reviewed: ['1706.03762'],
      sources,
    });

    expect(results).toEqual([
      {arxivId: '1706.03762', status: 'added', withdrawn: false},
      {
        arxivId: '2510.14901',
        status: 'updated',
        fields: ['title'],
        withdrawn: false,
      },
    ]);
    expect(
      readFileSync(path.join(site, metadataFile('2510.14901')), 'utf8'),
    ).toBe(serializeMetadata(old));
    const again = await refreshPapers({
      siteDir: site,
      reviewed: ['1706.03762'],
      sources,
    });
    expect(again.map((result) => result.status)).toEqual([
      'unchanged',
      'unchanged',
    ]);
  });

  it('refresh keeps what a withdrawn paper said, and marks it withdrawn', async () => {
    const sources = await replay();
    mkdirSync(path.join(site, 'paper-metadata'));
    const before = {
      ...(await fetchPaper('2510.99001', sources)),
      arxivId: '2510.99002',
      arxivVersion: 1,
      title: 'A Proof That Every Benchmark Saturates',
      abstract: 'We prove that every benchmark saturates.',
      links: {
        arxiv: 'https://arxiv.org/abs/2510.99002',
        pdf: 'https://arxiv.org/pdf/2510.99002',
      },
    };
    writeFileSync(
      path.join(site, metadataFile('2510.99002')),
      serializeMetadata(before),
    );

    const [result] = await refreshPapers({
      siteDir: site,
      reviewed: [],
      sources,
    });

    expect(result).toMatchObject({arxivId: '2510.99002', withdrawn: true});
    const after = parseMetadata(
      readFileSync(path.join(site, metadataFile('2510.99002')), 'utf8'),
      metadataFile('2510.99002'),
    );
    expect(after).toEqual({...before, arxivVersion: 2, withdrawn: true});
  });

  it('refresh changes nothing offline', async () => {
    const sources = await replay();
    const paper = await fetchPaper('2510.14901', sources);
    mkdirSync(path.join(site, 'paper-metadata'));
    const stale = serializeMetadata({...paper, title: 'Old title'});
    writeFileSync(path.join(site, metadataFile('2510.14901')), stale);
    await server!.close();
    server = undefined;

    await expect(
      refreshPapers({siteDir: site, reviewed: ['1706.03762'], sources}),
    ).rejects.toThrow(/could not reach/);
    expect(
      readFileSync(path.join(site, metadataFile('2510.14901')), 'utf8'),
    ).toBe(stale);
  });
});
