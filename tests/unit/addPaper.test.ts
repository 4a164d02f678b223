import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import checkbox from '@inquirer/checkbox';
import {render} from '@inquirer/testing';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  REVIEW_PLACEHOLDER,
  addPapers,
  dailyPrompt,
  draftFromDaily,
  escapeTitle,
  renderPaperSection,
  paperReference,
  pickDailyPapers,
  splitTitle,
  suggestOrgs,
} from '../../src/lib/authoring';
import {orgForAffiliation} from '../../src/data/orgs';
import {parseDailyPapers} from '../../src/lib/paperMetadata/huggingFace';
import type {PaperMetadata} from '../../src/lib/paperMetadata/metadata';
import type {Sources} from '../../src/lib/paperMetadata/sources';
import {parsePost} from '../../src/lib/review';
import {lintPosts} from '../../src/lib/rules';
import {
  replaySources,
  startReplayServer,
  type ReplayServer,
} from '../paperApi/replayServer';

const POST = 'docs/papers/y2025/oct/20251027.mdx';

let site: string;
let server: ReplayServer | undefined;

async function replay(
  behaviours: Parameters<typeof startReplayServer>[0] = {},
): Promise<Sources> {
  server = await startReplayServer(behaviours);
  return replaySources(server);
}

/** Every file of the site folder with its text, to show that nothing changed. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(site, {recursive: true, encoding: 'utf8'})
      .filter((file) => /\.(mdx|json)$/.test(file))
      .sort()
      .map((file) => [file, readFileSync(path.join(site, file), 'utf8')]),
  );
}

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'add-paper-'));
  mkdirSync(path.join(site, 'docs', 'papers'), {recursive: true});
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(site, {recursive: true, force: true});
});

describe('add-paper', () => {
  it('writes an empty day’s post with three papers whose titles, links, tags and authors come from the APIs', async () => {
    const sources = await replay();
    const result = await addPapers({
      siteDir: site,
      references: [
        '2510.14901',
        'https://arxiv.org/abs/1706.03762v5',
        'https://huggingface.co/papers/2510.99001',
      ],
      date: '2025-10-27',
      sources,
    });

    expect(result.created).toBe(true);
    expect(result.file).toBe(POST);
    const text = read(POST);
    expect(text).toContain(
      [
        '## 1. [Reasoning with Sampling](https://huggingface.co/papers/2510.14901) `harvard`',
        '### Your Base Model is Smarter Than You Think',
        '',
        REVIEW_PLACEHOLDER,
        '',
        '## 2. [Attention Is All You Need](https://huggingface.co/papers/1706.03762)',
        '',
        REVIEW_PLACEHOLDER,
        '',
        '## 3. [Hangul Tokenizers at Scale](https://huggingface.co/papers/2510.99001) `seoul-national-university` `kaist`',
        '### Morpheme-Aware Vocabularies for Korean Language Models',
      ].join('\n'),
    );
    const {papers} = parsePost(text, POST);
    expect(papers.map((paper) => [paper.number, paper.arxivId])).toEqual([
      [1, '2510.14901'],
      [2, '1706.03762'],
      [3, '2510.99001'],
    ]);
    expect(
      result.papers.map((paper) =>
        paper.status === 'added'
          ? [paper.placeholderLine, text.split('\n')[paper.placeholderLine - 1]]
          : undefined,
      ),
    ).toEqual([
      [expect.any(Number), REVIEW_PLACEHOLDER],
      [expect.any(Number), REVIEW_PLACEHOLDER],
      [expect.any(Number), REVIEW_PLACEHOLDER],
    ]);
    const cached = JSON.parse(read('paper-metadata/2510.99001.json'));
    expect(cached.authors.map((author: {name: string}) => author.name)).toEqual(
      ['김민준', 'Jürgen Müller', 'José Ángel García-Núñez', "Zoë O'Brien"],
    );
    expect(result.papers[2]).toMatchObject({
      unknownAffiliations: [
        'Institut für Beispielkunde, Universität Musterstadt',
      ],
    });
  });

  it('leaves a post that has the paper as it is, without asking the network, and says so', async () => {
    const sources = await replay();
    await addPapers({
      siteDir: site,
      references: ['2510.14901'],
      date: '2025-10-27',
      sources,
    });
    const before = snapshot();
    const requests = server!.requests.length;

    const again = await addPapers({
      siteDir: site,
      references: ['https://huggingface.co/papers/2510.14901'],
      date: '2025-10-27',
      sources,
    });

    expect(again.papers).toEqual([
      {
        status: 'present',
        arxivId: '2510.14901',
        line: expect.any(Number),
        cached: true,
      },
    ]);
    expect(snapshot()).toEqual(before);
    expect(server!.requests.length).toBe(requests);
  });

  it('appends after what the author wrote, never changing or moving a byte of it', async () => {
    const written = [
      '# 2025-10-27 papers review',
      '',
      '## 1. [A Definition of AGI](https://huggingface.co/papers/2510.18212)',
      '',
      '작성 중인 리뷰. 아직 **끝나지 않았다**',
    ].join('\n');
    mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
    writeFileSync(path.join(site, POST), written);

    const result = await addPapers({
      siteDir: site,
      references: ['2510.14901'],
      date: '2025-10-27',
      sources: await replay(),
    });

    const text = read(POST);
    expect(text.startsWith(written)).toBe(true);
    expect(text.slice(written.length)).toBe(
      `\n\n## 2. [Reasoning with Sampling](https://huggingface.co/papers/2510.14901) \`harvard\`\n### Your Base Model is Smarter Than You Think\n\n${REVIEW_PLACEHOLDER}\n`,
    );
    expect(result.created).toBe(false);
  });

  it('appends in the post’s own line endings', async () => {
    mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
    const written =
      '# 리뷰\r\n\r\n## 1. [A Definition of AGI](https://huggingface.co/papers/2510.18212)\r\n\r\n본문.\r\n';
    writeFileSync(path.join(site, POST), written);
    await addPapers({
      siteDir: site,
      references: ['1706.03762'],
      date: '2025-10-27',
      sources: await replay(),
    });
    const added = read(POST).slice(written.length);
    expect(added).toBe(
      `\r\n## 2. [Attention Is All You Need](https://huggingface.co/papers/1706.03762)\r\n\r\n${REVIEW_PLACEHOLDER}\r\n`,
    );
  });

  it('numbers a new paper after the highest number the author gave', async () => {
    mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
    writeFileSync(
      path.join(site, POST),
      '# 리뷰\n\n## 1. [A](https://example.org/a)\n\n본문.\n\n## 3. [B](https://example.org/b)\n\n본문.\n',
    );
    const result = await addPapers({
      siteDir: site,
      references: ['1706.03762'],
      date: '2025-10-27',
      sources: await replay(),
    });
    expect(read(POST)).toContain('\n## 4. [Attention Is All You Need]');
    expect(result.papers[0]).toMatchObject({number: 4});
  });

  it('refuses to append after a code block the author left open, changing nothing', async () => {
    mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
    const written = '# 리뷰\n\n쓰는 중:\n\n```python\nx = 1\n';
    writeFileSync(path.join(site, POST), written);
    const before = snapshot();
    await expect(
      addPapers({
        siteDir: site,
        references: ['1706.03762'],
        date: '2025-10-27',
        sources: await replay(),
      }),
    ).rejects.toThrow(
      `${POST}: a section added at the end would not be read as a paper (arXiv 1706.03762): the post ends inside a code block or an element; nothing was written to it (close it, then run add-paper again)`,
    );
    expect(snapshot()).toEqual(before);
  });

  it('leaves the number out when the author does not number papers', async () => {
    mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
    writeFileSync(
      path.join(site, POST),
      '# 리뷰\n\n## [A Definition of AGI](https://huggingface.co/papers/2510.18212)\n\n본문.\n',
    );
    await addPapers({
      siteDir: site,
      references: ['1706.03762'],
      date: '2025-10-27',
      sources: await replay(),
    });
    expect(read(POST)).toContain(
      '\n## [Attention Is All You Need](https://huggingface.co/papers/1706.03762)\n',
    );
  });

  it('adds nothing to a single-paper review', async () => {
    mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
    const written =
      '---\npaper: https://arxiv.org/abs/1706.03762\n---\n\n# 트랜스포머\n\n## 1. 소개\n\n본문.\n';
    writeFileSync(path.join(site, POST), written);
    await expect(
      addPapers({
        siteDir: site,
        references: ['2510.14901'],
        date: '2025-10-27',
        sources: await replay(),
      }),
    ).rejects.toThrow(
      `${POST}: reviews one paper, named in its front matter (\`paper:\`); other papers go in a post of their own (pass another --date)`,
    );
    expect(read(POST)).toBe(written);
  });

  for (const [name, reference, behaviours, message] of [
    [
      'a paper that does not exist',
      '2510.99999',
      {},
      'arXiv has no paper 2510.99999',
    ],
    [
      'a withdrawn paper',
      '2510.99002',
      {},
      'arXiv 2510.99002 was withdrawn by its authors (v2)',
    ],
    [
      'an API that keeps answering HTTP 429',
      '2510.14901',
      {'/api/papers/2510.14901': {rateLimited: 99}},
      'answered HTTP 429 4 times in a row; try again in a minute',
    ],
    [
      'an API that does not answer',
      '2510.14901',
      {'/api/papers/2510.14901': {hang: true}},
      'did not answer within 1 s',
    ],
  ] as const) {
    it(`changes no file for ${name}, even after other papers of the same call were fetched`, async () => {
      mkdirSync(path.join(site, 'docs/papers/y2025/oct'), {recursive: true});
      writeFileSync(path.join(site, POST), '# 리뷰\n\n쓰는 중.\n');
      const before = snapshot();
      await expect(
        addPapers({
          siteDir: site,
          references: ['1706.03762', reference],
          date: '2025-10-27',
          sources: await replay(behaviours),
        }),
      ).rejects.toThrow(message);
      expect(snapshot()).toEqual(before);
      expect(existsSync(path.join(site, 'paper-metadata'))).toBe(false);
    });
  }

  it('asks nothing of the network outside a site folder', async () => {
    const sources = await replay();
    await expect(
      addPapers({
        siteDir: path.join(site, 'docs'),
        references: ['2510.14901'],
        sources,
      }),
    ).rejects.toThrow(
      'is not a folder; run this from the site folder (the one with docusaurus.config.ts)',
    );
    expect(server!.requests).toEqual([]);
  });

  it('gives a post that builds: its only problems are the placeholders, as warnings', async () => {
    await addPapers({
      siteDir: site,
      references: ['2510.14901', '1706.03762'],
      date: '2025-10-27',
      sources: await replay(),
    });
    const {problems} = lintPosts({root: site});
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual(
      [],
    );
    expect(
      problems.map((problem) => [problem.rule, problem.line, problem.message]),
    ).toEqual([
      [
        'empty-section',
        expect.any(Number),
        `the section of "Reasoning with Sampling" holds only the placeholder "${REVIEW_PLACEHOLDER.replace(/[.:]+$/, '')}"`,
      ],
      [
        'empty-section',
        expect.any(Number),
        `the section of "Attention Is All You Need" holds only the placeholder "${REVIEW_PLACEHOLDER.replace(/[.:]+$/, '')}"`,
      ],
    ]);
  });
});

describe('what add-paper reads from the command line and the metadata', () => {
  it('takes bare ids, versions, arXiv: prefixes and paper URLs', () => {
    expect(paperReference('2510.14901')).toBe('2510.14901');
    expect(paperReference('arXiv:2510.14901v3')).toBe('2510.14901');
    expect(paperReference('hep-th/9901001')).toBe('hep-th/9901001');
    expect(paperReference('https://arxiv.org/pdf/2510.21553')).toBe(
      '2510.21553',
    );
    expect(() => paperReference('https://example.org/paper')).toThrow(
      '"https://example.org/paper" is neither an arXiv id nor a Hugging Face or arXiv paper URL',
    );
  });

  it('splits "Title: Sub-title" at the first colon only', () => {
    expect(splitTitle('Video-As-Prompt: Unified Semantic Control')).toEqual({
      title: 'Video-As-Prompt',
      subtitle: 'Unified Semantic Control',
    });
    expect(splitTitle('A: B: C')).toEqual({title: 'A', subtitle: 'B: C'});
    expect(splitTitle('Attention Is All You Need')).toEqual({
      title: 'Attention Is All You Need',
    });
  });

  it('keeps TeX in a title as math and everything else as the letters written', () => {
    const title = String.raw`$\pi_0$: A Vision-Language-Action Flow Model for 100$ ~robots~`;
    const {title: main, subtitle} = splitTitle(title);
    expect(main).toBe(String.raw`$\pi_0$`);
    expect(subtitle).toBe(
      'A Vision-Language-Action Flow Model for 100$ ~robots~',
    );
    expect(escapeTitle(main)).toBe(String.raw`$\pi_0$`);
    expect(escapeTitle(subtitle!)).toBe(
      String.raw`A Vision-Language-Action Flow Model for 100\$ \~robots\~`,
    );
    expect(escapeTitle('Scaling_laws [v2] <b>{x}</b>')).toBe(
      String.raw`Scaling\_laws \[v2\] \<b>\{x\}\</b>`,
    );
    const section = renderPaperSection(
      {
        title,
        links: {
          arxiv: 'https://arxiv.org/abs/2410.24164',
          pdf: 'https://arxiv.org/pdf/2410.24164',
        },
        authors: [],
      } as unknown as PaperMetadata,
      {tags: []},
    );
    const [paper] = parsePost(`# 리뷰\n\n${section}\n`, POST).papers;
    expect(paper?.title).toBe(String.raw`\pi_0`);
    expect(paper?.subtitle).toBe(
      'A Vision-Language-Action Flow Model for 100$ ~robots~',
    );
  });

  it('tags organisations the registry names exactly and lists the rest, never guessing', () => {
    expect(orgForAffiliation('Harvard University')).toBe('harvard');
    expect(
      orgForAffiliation('Dept. of Computer Science, Stanford University'),
    ).toBe('stanford');
    expect(orgForAffiliation('Harvard Medical School')).toBeUndefined();
    const metadata = {
      authors: [
        {name: 'A', affiliations: ['Google DeepMind', 'Xiaomi Labs']},
        {name: 'B', affiliations: ['google deepmind']},
      ],
      organization: {name: 'kaist-ai', fullName: 'KAIST AI'},
    } as unknown as PaperMetadata;
    expect(suggestOrgs(metadata)).toEqual({
      tags: ['google-deepmind'],
      unknown: ['Xiaomi Labs', 'KAIST AI'],
    });
  });
});

describe('new-post --from-daily', () => {
  const daily = parseDailyPapers(
    JSON.parse(
      readFileSync(
        path.join(
          __dirname,
          '../fixtures/paper-api/huggingface/daily/2025-10-27.json',
        ),
        'utf8',
      ),
    ),
  );

  it('lets the author pick papers in a multi-select: space picks, enter confirms', async () => {
    const {answer, events, getScreen} = await render(
      checkbox,
      dailyPrompt('2025-10-27', daily),
    );
    expect(getScreen()).toContain(
      'Papers on Hugging Face for 2025-10-27: space picks, enter writes the post',
    );
    expect(getScreen()).toContain(
      '1. Reasoning with Sampling: Your Base Model is Smarter Than You Think  ▲35  Harvard University',
    );
    events.keypress('space');
    events.keypress('down');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['2510.14901', '2510.99003']);
  });

  it('writes the picked papers as a post, through the same prompt the terminal shows', async () => {
    const sources = await replay();
    const result = await draftFromDaily({
      siteDir: site,
      day: '2025-10-27',
      sources,
      print: () => {},
      choose: async (prompt) => {
        const {answer, events} = await render(checkbox, prompt);
        events.keypress('down');
        events.keypress('space');
        events.keypress('enter');
        return answer;
      },
    });
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(['2510.99001']);
    expect(read(POST)).toContain(
      '## 1. [Hangul Tokenizers at Scale](https://huggingface.co/papers/2510.99001)',
    );
  });

  it('takes --pick without a terminal, in the order given', async () => {
    const printed: string[] = [];
    const result = await draftFromDaily({
      siteDir: site,
      day: '2025-10-27',
      pick: '3,1',
      sources: await replay(),
      print: (line) => printed.push(line),
    });
    expect(printed).toHaveLength(3);
    expect(parsePost(read(POST), POST).papers.map((p) => p.arxivId)).toEqual([
      '2510.99003',
      '2510.14901',
    ]);
    expect(result.created).toBe(true);
  });

  it('asks for --pick when there is no terminal, changing nothing', async () => {
    await expect(
      draftFromDaily({
        siteDir: site,
        day: '2025-10-27',
        sources: await replay(),
        print: () => {},
      }),
    ).rejects.toThrow(
      'there is no terminal to pick papers in: pass --pick with the numbers of the list above, e.g. --pick 1,3',
    );
    expect(snapshot()).toEqual({});
  });

  it('says when Hugging Face lists nothing for the day', async () => {
    await expect(
      draftFromDaily({
        siteDir: site,
        day: '2025-10-26',
        pick: '1',
        sources: await replay(),
        print: () => {},
      }),
    ).rejects.toThrow(
      'Hugging Face lists no papers for 2025-10-26 (days without a list are usually weekends)',
    );
  });

  it('rejects a --pick outside the list or naming a paper twice', () => {
    expect(() => pickDailyPapers(daily, '1,4')).toThrow(
      '--pick "1,4": "4" is not a number from 1 to 3, the day\'s list above; write e.g. --pick 1,3',
    );
    expect(() => pickDailyPapers(daily, '2,2')).toThrow(
      '--pick "2,2" names a paper twice; name each once',
    );
  });
});
