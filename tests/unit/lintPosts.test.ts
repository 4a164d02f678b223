import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {
  KNOWN_PAGE_ROUTES,
  LintUsageError,
  exitCode,
  formatJson,
  formatText,
  lintPosts,
  loadSite,
} from '../../src/lib/rules';
import {benchLint} from '../../scripts/lib/lintBench';
import {parseWithRecovery} from '../../src/lib/rules/parsing';
import {
  checkLink,
  reviewUrl,
  standalonePages,
} from '../../src/lib/rules/routes';
import {suggest} from '../../src/lib/rules/suggest';
import {parsePostPath} from '../../src/lib/review';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtureRoot = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lint/${name}`, import.meta.url));
const where = (result: ReturnType<typeof lintPosts>) =>
  result.problems.map(
    (problem) => `${problem.file}:${problem.line} ${problem.rule}`,
  );

describe('lint-posts on the real content', () => {
  const result = lintPosts({root: repo});

  it('finds no error, so builds go ahead', () => {
    expect(
      result.problems.filter((problem) => problem.severity === 'error'),
    ).toEqual([]);
    expect(exitCode(result)).toBe(0);
  });

  it("warns about the seed's own mistakes without failing on them", () => {
    const seed = 'docs/papers/y2025/oct/20251027.mdx';
    expect(where(result)).toEqual(
      expect.arrayContaining([
        `${seed}:4 date-mismatch`,
        `${seed}:6 empty-section`,
        `${seed}:11 empty-section`,
        `${seed}:11 paper-numbering`,
        `${seed}:16 empty-section`,
        `${seed}:19 empty-section`,
        `${seed}:23 org-alias`,
        `${seed}:71 org-alias`,
      ]),
    );
    const numbering = result.problems.find(
      (problem) => problem.rule === 'paper-numbering',
    );
    expect(numbering?.message).toContain('1, 1, 3, 2, –, 1, 2, 3, 4');
  });

  it('accepts the link from the seed to the 20251021 post and its anchor', () => {
    expect(where(result).filter((line) => line.includes('link-'))).toEqual([]);
  });
});

describe('the report', () => {
  const result = lintPosts({root: fixtureRoot('empty-section')});

  it('prints path:line:column, severity, message and rule, then the fix', () => {
    const [first, fix] = formatText(result).split('\n');
    expect(first).toBe(
      'docs/papers/y2025/oct/20251027.mdx:8:1  warning  the section of "Search Self-play" holds only the placeholder "링크"  (empty-section)',
    );
    expect(fix).toMatch(/^ {2}fix: /);
  });

  it('ends with a count of errors, warnings and posts', () => {
    expect(formatText(result).split('\n').at(-1)).toBe(
      '0 errors, 2 warnings in 1 post',
    );
  });

  it('sorts problems by file, then line, then column', () => {
    const sorted = lintPosts({root: fixtureRoot('anchor-removed')}).problems;
    const keys = sorted.map((problem) => [
      problem.file,
      problem.line,
      problem.column,
    ]);
    expect(keys).toEqual(
      [...keys].sort(
        (a, b) =>
          String(a[0]).localeCompare(String(b[0])) ||
          Number(a[1]) - Number(b[1]) ||
          Number(a[2]) - Number(b[2]),
      ),
    );
  });

  it('can be read by tools as JSON', () => {
    const json = JSON.parse(formatJson(result)) as {
      warnings: number;
      problems: {rule: string}[];
    };
    expect(json.warnings).toBe(2);
    expect(json.problems[0]?.rule).toBe('empty-section');
  });
});

describe('choosing what to lint', () => {
  const root = fixtureRoot('duplicate-url');

  it('reports only on the posts given, still checking them against the rest', () => {
    const result = lintPosts({
      root,
      paths: [`${root}/docs/papers/y2025/oct/20251021.mdx`],
    });
    expect(where(result)).toEqual([
      'docs/papers/y2025/oct/20251021.mdx:1 duplicate-url',
    ]);
    expect(result.posts).toBe(1);
  });

  it('takes a folder to mean every post below it', () => {
    const result = lintPosts({root, paths: [`${root}/docs/papers/y2025`]});
    expect(result.posts).toBe(2);
  });

  it('refuses a path outside docs/papers', () => {
    expect(() => lintPosts({root, paths: [`${repo}/blog`]})).toThrow(
      LintUsageError,
    );
  });

  it('refuses a path that does not exist', () => {
    expect(() =>
      lintPosts({root, paths: [`${root}/docs/papers/y2030`]}),
    ).toThrow(/does not exist/);
  });

  it('refuses a folder that is not a site', () => {
    expect(() => lintPosts({root: fixtureRoot('.')})).toThrow(
      /no docs\/papers folder/,
    );
  });
});

describe('parsing with recovery', () => {
  it('reports each < before a digit and reads the rest of the post', () => {
    const {tree, problems} = parseWithRecovery(
      '# t\n\na <3 b\n\nc <5 d {1, 2}\n',
      'post.mdx',
    );
    expect(
      problems.map((problem) => `${problem.line}:${problem.column}`),
    ).toEqual(['3:3', '5:3']);
    expect(tree?.children).toHaveLength(3);
  });

  it('reports every other syntax error in one run, reading the rest around each', () => {
    const {tree, complete, problems} = parseWithRecovery(
      '# 제목\n\n첫 문단 {1 +} 입니다.\n\n## 둘째\n\n식 {a b} 도.\n\n<div>열린 태그\n\n마지막 문단.\n',
      'post.mdx',
    );
    expect(
      problems.map(
        (problem) => `${problem.line}:${problem.column} ${problem.rule}`,
      ),
    ).toEqual(['3:10 mdx-syntax', '7:5 mdx-syntax', '9:1 mdx-syntax']);
    expect(complete).toBe(false);
    expect(tree?.children.map((node) => node.type)).toEqual([
      'heading',
      'heading',
      'paragraph',
    ]);
  });

  it('reads a post without mistakes completely', () => {
    expect(parseWithRecovery('# 제목\n\n본문.\n', 'post.mdx').complete).toBe(
      true,
    );
  });
});

describe('routes', () => {
  const location = parsePostPath('docs/papers/y2025/oct/20251027.mdx');

  it('serves a post at its date path', () => {
    expect(reviewUrl(location, {}).url).toBe('/docs/papers/y2025/oct/20251027');
  });

  it('follows Docusaurus when front matter sets slug or id', () => {
    expect(reviewUrl(location, {slug: 'best'}).url).toBe(
      '/docs/papers/y2025/oct/best',
    );
    expect(reviewUrl(location, {slug: '/best'}).url).toBe(
      '/docs/papers/y2025/best',
    );
    expect(reviewUrl(location, {id: 'best'})).toEqual({
      url: '/docs/papers/y2025/oct/best',
      docId: 'y2025/oct/best',
    });
  });

  it('knows the pages besides posts', () => {
    expect(KNOWN_PAGE_ROUTES).toEqual(
      expect.arrayContaining(['/', '/blog', '/papers', '/orgs']),
    );
  });

  it('serves src/pages as the pages plugin does, leaving out _ files and tests', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pages-'));
    try {
      for (const file of [
        'index.tsx',
        'about.mdx',
        'guide/index.tsx',
        '_hidden.tsx',
        'search.test.tsx',
        'styles.module.css',
      ]) {
        mkdirSync(path.dirname(path.join(root, 'src/pages', file)), {
          recursive: true,
        });
        writeFileSync(path.join(root, 'src/pages', file), '');
      }
      expect(
        standalonePages(root)
          .map((route) => route.url)
          .sort(),
      ).toEqual(['/', '/about', '/guide']);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });

  it('resolves blog posts, relative links and files in static/', () => {
    const site = loadSite({root: repo});
    const seed = site.posts.find((post) => post.file.endsWith('20251027.mdx'))!;
    expect(checkLink('/blog/how-reviews-are-written', seed, site)).toEqual({
      ok: true,
    });
    expect(checkLink('20251021', seed, site)).toEqual({ok: true});
    expect(checkLink('./20251021.mdx', seed, site)).toEqual({ok: true});
    expect(checkLink('/img/favicon.svg', seed, site)).toEqual({ok: true});
    expect(checkLink('#arxiv-2510.14901', seed, site)).toEqual({ok: true});
    expect(checkLink('#nope', seed, site)).toMatchObject({
      ok: false,
      problem: 'anchor',
    });
    expect(checkLink('/blog/nope', seed, site)).toMatchObject({
      ok: false,
      problem: 'route',
    });
  });
});

describe('suggestions', () => {
  it('offers the nearest candidate within a third of the text', () => {
    expect(suggest('titel', ['title', 'tags'], 1 / 2)).toBe('title');
    expect(suggest('unrelated', ['title', 'tags'])).toBeUndefined();
  });
});

describe('the benchmark', () => {
  it('lints a synthetic site without finding problems in it', async () => {
    const bench = await benchLint(20);
    expect(bench).toMatchObject({posts: 20, errors: 0, warnings: 0});
    expect(bench.totalMs).toBeGreaterThan(0);
  });
});
