import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseMdx, publicAnchors, singlePaperAdvice} from '../../src/lib/review';
import {lintPosts, loadSite} from '../../src/lib/rules';
import {buildPaperIndex} from '../../src/plugins/paper-index/paperIndex';
import {indexedPosts} from '../../src/plugins/paper-index/posts';
import {reviewRecords} from '../../src/plugins/search-index/records';
import {reviewInput} from '../searchInput';

const FILE = 'docs/papers/y2025/nov/20251103.mdx';
const PAGE = '/docs/papers/y2025/nov/20251103';
const SITE = new URL('../fixtures/single-paper/', import.meta.url);
const singlePaper = readFileSync(new URL(FILE, SITE), 'utf8');

const scratch = mkdtempSync(path.join(tmpdir(), 'single-paper-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

let sites = 0;
/** The problems of a site of the given files. */
function problemsOf(files: Record<string, string>) {
  const root = path.join(scratch, String(sites++));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), text);
  }
  mkdirSync(path.join(root, 'docs/papers'), {recursive: true});
  return lintPosts({root}).problems;
}

/** The problems of a site of the given files, as `file:line:column rule`. */
function lint(files: Record<string, string>): string[] {
  return problemsOf(files).map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`,
  );
}

const review = (frontMatter: string, body: string) =>
  `---\n${frontMatter}\n---\n\n# Attention Is All You Need\n\n${body}\n`;

describe('the front matter of a single-paper review', () => {
  it('takes paper: as a URL and orgs: as a tag or a list of tags', () => {
    expect(
      lint({
        [FILE]: review(
          'paper: https://arxiv.org/abs/1706.03762\norgs: google',
          '## 1. 소개\n\n본문.',
        ),
      }),
    ).toEqual([]);
  });

  it('reports a paper: or orgs: of the wrong type where the value is written', () => {
    expect(
      lint({
        [FILE]: review(
          'paper: [1706.03762]\norgs: {google: true}',
          '## 1. 소개\n\n본문.\n\n## 2. 방법\n\n본문.',
        ),
      }),
    ).toEqual([
      `${FILE}:2:8 front-matter-type`,
      `${FILE}:3:7 front-matter-type`,
    ]);
    expect(lint({[FILE]: review("paper: ''", '## 1. 소개\n\n본문.')})).toEqual([
      `${FILE}:2:8 front-matter-type`,
    ]);
  });

  it('checks paper: and orgs: in a blog post too', () => {
    expect(
      lint({
        'blog/2025-11-03-attention.mdx': review(
          'paper: https://huggingface.co/papers?q=attention\norgs: [gogle]',
          '## 1. 소개\n\n본문.',
        ),
      }),
    ).toEqual([
      'blog/2025-11-03-attention.mdx:2:8 paper-search-link',
      'blog/2025-11-03-attention.mdx:3:8 unknown-org',
    ]);
  });

  it('rejects an address that is not a web page (arXiv:…, javascript:)', () => {
    for (const value of ['arXiv:1706.03762', 'javascript:alert(1)']) {
      expect(
        lint({[FILE]: review(`paper: ${value}`, '## 1. 소개\n\n본문.')}),
      ).toEqual([`${FILE}:2:8 front-matter-type`]);
    }
  });

  it('rejects a bare arXiv id, which YAML reads as a number, and asks for the URL', () => {
    const [problem, ...others] = problemsOf({
      [FILE]: review('paper: 1706.03762', '본문.'),
    });
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      line: 2,
      column: 8,
      rule: 'front-matter-type',
    });
    expect(problem!.message).toBe(
      'front-matter "paper" must be the paper\'s URL, e.g. https://arxiv.org/abs/1706.03762, not 1706.03762',
    );
  });
});

describe('posts that read as a review of one paper', () => {
  it('keep the paper-missing-link error of a single heading', () => {
    expect(
      lint({[FILE]: '# 리뷰\n\n## 1. 소개\n\n본문.\n\n## 정리\n\n본문.\n'}),
    ).toEqual([`${FILE}:3:1 paper-missing-link`]);
  });

  it('keep an error per heading when the post has real paper headings', () => {
    expect(
      lint({
        [FILE]:
          '# 리뷰\n\n## 1. [Attention](https://arxiv.org/abs/1706.03762)\n\n본문.\n\n## 2. BERT `google`\n\n본문.\n\n## 3. GPT\n\n본문.\n',
      }),
    ).toEqual([
      `${FILE}:7:1 paper-missing-link`,
      `${FILE}:11:1 paper-missing-link`,
    ]);
  });

  it('are told the arXiv id of the paper they link to, from Hugging Face too', () => {
    const advice = singlePaperAdvice(
      parseMdx(
        '# 리뷰\n\n논문: https://huggingface.co/papers/2510.14901\n\n## 1. 소개\n\n## 2. 방법\n',
        'post.mdx',
      ),
    );
    expect(advice?.arxivId).toBe('2510.14901');
    expect(advice?.frontMatter).toBe(
      '---\npaper: https://arxiv.org/abs/2510.14901\norgs: [<org id>]\n---',
    );
  });

  it('are given lines to add to the front matter they have, with a placeholder for an id they do not link', () => {
    const advice = singlePaperAdvice(
      parseMdx(
        '---\ntitle: 리뷰\n---\n\n## 1. 소개\n\n## 2. 방법\n',
        'post.mdx',
      ),
    );
    expect(advice?.frontMatter).toBe(
      'paper: https://arxiv.org/abs/<arXiv id>\norgs: [<org id>]',
    );
    expect(advice?.fix).toMatch(/^add these lines to the front matter/);
  });
});

describe('what the site makes of a single-paper review', () => {
  it('publishes #paper and the arXiv alias, both at paper:', () => {
    const anchors = publicAnchors(parseMdx(singlePaper, FILE));
    expect(
      anchors.map((anchor) => `${anchor.kind} ${anchor.id} ${anchor.line}`),
    ).toEqual([
      'heading paper 2',
      'heading 1-소개 10',
      'heading 2-방법 17',
      'heading 3-실험-결과 27',
      'alias arxiv-1706.03762 2',
    ]);
  });

  it('lets other posts link to #paper', () => {
    expect(
      lint({
        [FILE]: singlePaper,
        'docs/papers/y2025/nov/20251104.mdx': `# 다음 리뷰\n\n[트랜스포머](${PAGE}#paper) 와 [별칭](${PAGE}#arxiv-1706.03762).\n`,
      }),
    ).toEqual([]);
  });

  it('gives search one record for the paper, at #paper, and one for the page', () => {
    const records = reviewRecords(...reviewInput(singlePaper, FILE), 'ko');
    expect(records.map((record) => [record.url, record.meta.kind])).toEqual([
      [`${PAGE}#paper`, 'paper'],
      [PAGE, 'review'],
    ]);
    expect(records[0]!.content).toContain('당시 기계 번역의 주류는');
    expect(records[0]!.meta.orgs).toBe('google');
    expect(records[1]!.content).not.toContain('당시 기계 번역의 주류는');
  });

  it('lists the paper in the index, reviewed at #paper', () => {
    const index = buildPaperIndex(
      indexedPosts(loadSite({root: new URL('.', SITE).pathname})),
    );
    expect(index.papers).toHaveLength(1);
    expect(index.papers[0]).toMatchObject({
      key: 'arxiv:1706.03762',
      title: 'Attention Is All You Need',
      orgs: [{id: 'google', name: 'Google'}],
      appearances: [
        {permalink: PAGE, anchor: 'paper', alias: 'arxiv-1706.03762'},
      ],
    });
  });
});
