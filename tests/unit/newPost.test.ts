import {spawnSync} from 'node:child_process';
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
import {fileURLToPath} from 'node:url';
import katex from 'katex';
import {visit} from 'unist-util-visit';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  PLACEHOLDER,
  PostExistsError,
  UsageError,
  createPost,
} from '../../src/lib/authoring';
import {orgs} from '../../src/data/orgs';
import {parseMdx, parsePost} from '../../src/lib/review';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'new-post-'));
  mkdirSync(path.join(site, 'docs', 'papers'), {recursive: true});
});

afterEach(() => {
  rmSync(site, {recursive: true, force: true});
});

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');

describe('createPost', () => {
  it('creates the post of the date in its month folder, with an empty asset folder', () => {
    const post = createPost({siteDir: site, date: '2025-10-28'});

    expect(post.file).toBe('docs/papers/y2025/oct/20251028.mdx');
    expect(existsSync(path.join(site, post.file))).toBe(true);
    expect(post.assetDir).toBe('docs/papers/y2025/oct/asset');
    expect(post.assetDirCreated).toBe(true);
    expect(readdirSync(path.join(site, post.assetDir))).toEqual([]);
    expect(post.url).toBe(
      'http://127.0.0.1:3000/docs/papers/y2025/oct/20251028',
    );
  });

  it('fills in the arXiv id of Hugging Face, arXiv abs and arXiv pdf URLs', () => {
    const post = createPost({
      siteDir: site,
      date: '2025-10-28',
      papers: [
        'https://huggingface.co/papers/2510.14901',
        'https://arxiv.org/abs/2510.18245',
        'https://arxiv.org/pdf/2510.21553v2',
      ],
    });

    const {papers} = parsePost(read(post.file), post.file);
    expect(papers.map((paper) => paper.arxivId)).toEqual([
      '2510.14901',
      '2510.18245',
      '2510.21553',
    ]);
    expect(papers.map((paper) => paper.url)).toEqual([
      'https://huggingface.co/papers/2510.14901',
      'https://arxiv.org/abs/2510.18245',
      'https://arxiv.org/pdf/2510.21553v2',
    ]);
    expect(papers.map((paper) => paper.alias)).toEqual([
      'arxiv-2510.14901',
      'arxiv-2510.18245',
      'arxiv-2510.21553',
    ]);
  });

  it('writes a post that parses with its date, its papers in order and honest placeholder titles', () => {
    const post = createPost({
      siteDir: site,
      date: '2025-10-28',
      papers: [
        'https://huggingface.co/papers/2510.14901',
        'https://openreview.net/forum?id=abc(1)',
      ],
    });

    const parsed = parsePost(read(post.file), post.file);
    expect(parsed.date.iso).toBe('2025-10-28');
    // The heading only dates the post: the file's date names it.
    expect(parsed.title).toBeUndefined();
    expect(parsed.papers).toMatchObject([
      {
        number: 1,
        title: `${PLACEHOLDER} 논문 제목 (arXiv 2510.14901)`,
        orgs: [],
      },
      {
        number: 2,
        title: `${PLACEHOLDER} 논문 제목`,
        url: 'https://openreview.net/forum?id=abc(1)',
        orgs: [],
      },
    ]);
    expect(parsed.papers.every((paper) => paper.subtitle)).toBe(true);
  });

  it('gives a post without papers one placeholder paper section', () => {
    const post = createPost({siteDir: site, date: '2025-10-28'});

    const {papers} = parsePost(read(post.file), post.file);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.title).toContain(PLACEHOLDER);
    expect(papers[0]?.arxivId).toBeUndefined();
  });

  it('is for today in the local time zone when no date is given', () => {
    // Half past midnight local time is still the previous day in UTC east of it.
    const now = new Date(2026, 0, 1, 0, 30);

    const post = createPost({siteDir: site, now});

    expect(post.date.iso).toBe('2026-01-01');
    expect(post.file).toBe('docs/papers/y2026/jan/20260101.mdx');
  });

  it('never overwrites a post: a second run throws and leaves it byte-identical', () => {
    const first = createPost({siteDir: site, date: '2025-10-28'});
    const written = `${read(first.file)}\n작성 중인 리뷰.\n`;
    writeFileSync(path.join(site, first.file), written);

    let thrown: unknown;
    try {
      createPost({
        siteDir: site,
        date: '2025-10-28',
        papers: ['https://arxiv.org/abs/2510.18245'],
      });
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(PostExistsError);
    expect((thrown as PostExistsError).file).toBe(first.file);
    expect((thrown as Error).message).toBe(
      'docs/papers/y2025/oct/20251028.mdx already exists; nothing was changed. Open it to keep writing, or pass another --date.',
    );
    expect(read(first.file)).toBe(written);
  });

  it('keeps the images already in the month asset folder', () => {
    const asset = path.join(site, 'docs/papers/y2025/oct/asset');
    mkdirSync(asset, {recursive: true});
    writeFileSync(path.join(asset, 'blog_20251027_img0.png'), 'png');

    const post = createPost({siteDir: site, date: '2025-10-28'});

    expect(post.assetDirCreated).toBe(false);
    expect(readdirSync(asset)).toEqual(['blog_20251027_img0.png']);
  });

  it.each(['2025-13-45', '2025-02-30', '2025-1-5', '20251028', 'tomorrow'])(
    'rejects the date %s as bad usage and creates nothing',
    (date) => {
      expect(() => createPost({siteDir: site, date})).toThrow(UsageError);
      expect(readdirSync(path.join(site, 'docs', 'papers'))).toEqual([]);
    },
  );

  it.each(['ftp://arxiv.org/abs/2510.14901', 'arxiv.org/abs/2510.14901', ''])(
    'rejects the paper URL "%s" as bad usage',
    (url) => {
      expect(() =>
        createPost({siteDir: site, date: '2025-10-28', papers: [url]}),
      ).toThrow(/is not an http\(s\) URL/);
      expect(readdirSync(path.join(site, 'docs', 'papers'))).toEqual([]);
    },
  );

  it('refuses to write into a folder that is not a site', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'not-a-site-'));
    try {
      expect(() =>
        createPost({siteDir: elsewhere, date: '2025-10-28'}),
      ).toThrow(/run this from the site folder/);
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, {recursive: true});
    }
  });
});

describe('the template', () => {
  const text = () =>
    read(
      createPost({
        siteDir: site,
        date: '2025-10-28',
        papers: ['https://huggingface.co/papers/2510.14901'],
      }).file,
    );

  it('shows the figure convention only inside an MDX comment, so it builds without an image', () => {
    const tree = parseMdx(text(), 'new.mdx');
    const elements: string[] = [];
    const comments: string[] = [];
    visit(tree, (node) => {
      if (
        node.type === 'mdxJsxFlowElement' ||
        node.type === 'mdxJsxTextElement'
      )
        elements.push(node.name ?? '');
      if (node.type === 'mdxFlowExpression') comments.push(node.value);
      if (node.type === 'mdxjsEsm') elements.push('import');
    });

    expect(elements).toEqual([]);
    expect(comments.join('\n')).toMatch(/<Figure src=\{\w+\} alt="[^"]+"/);
    expect(comments.join('\n')).toContain("from './asset/20251028_img0.png'");
  });

  it('shows math that KaTeX renders', () => {
    const formulas: {value: string; displayMode: boolean}[] = [];
    visit(parseMdx(text(), 'new.mdx'), (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') {
        formulas.push({value: node.value, displayMode: node.type === 'math'});
      }
    });

    expect(formulas.map((formula) => formula.displayMode)).toEqual([
      false,
      true,
    ]);
    for (const {value, displayMode} of formulas) {
      expect(() =>
        katex.renderToString(value, {displayMode, throwOnError: true}),
      ).not.toThrow();
    }
  });

  it('names only registered organisations, even in its example', () => {
    const tags = [...text().matchAll(/\) `([^`]+)`/g)].map((match) => match[1]);

    expect(tags).toEqual(['harvard']);
    expect(Object.keys(orgs)).toContain('harvard');
  });
});

describe('npm run new-post', () => {
  const run = (...args: string[]) =>
    spawnSync(
      path.join(repo, 'node_modules', '.bin', 'tsx'),
      [path.join(repo, 'scripts', 'new-post.ts'), ...args],
      {cwd: site, encoding: 'utf8'},
    );

  it('prints the file and its dev-server URL, then exits 1 for the same date and 2 for a bad one', () => {
    const created = run(
      '--date',
      '2025-10-28',
      '--paper',
      'https://huggingface.co/papers/2510.14901',
    );
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('docs/papers/y2025/oct/20251028.mdx');
    expect(created.stdout).toContain(
      'http://127.0.0.1:3000/docs/papers/y2025/oct/20251028',
    );
    const before = read('docs/papers/y2025/oct/20251028.mdx');

    const again = run('--date', '2025-10-28');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'docs/papers/y2025/oct/20251028.mdx already exists',
    );
    expect(read('docs/papers/y2025/oct/20251028.mdx')).toBe(before);

    const bad = run('--date', '2025-13-45');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date "2025-13-45"');

    const notHttp = run('--paper', 'file:///etc/passwd');
    expect(notHttp.status).toBe(2);
  }, 30_000);
});
