import {spawnSync} from 'node:child_process';
import {
  copyFileSync,
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
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import {evaluate} from '@mdx-js/mdx';
import {createElement, type ReactNode} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {visit} from 'unist-util-visit';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {
  backupFolder,
  formatNote,
  listMdxFiles,
  migrateLegacyFile,
  migrateLegacySource,
  migrationDiff,
  type Migration,
} from '../../src/lib/authoring';
import {
  findPaperSections,
  headingAnchors,
  parseMdx,
} from '../../src/lib/review';
import {checkSite, lintPosts, loadSite} from '../../src/lib/rules';
import type {ImportDeclaration, VariableDeclaration} from 'estree';
import type {Root} from 'mdast';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const legacyDir = 'tests/fixtures/legacy';
const legacyFiles = readdirSync(path.join(repo, legacyDir))
  .filter((name) => name.endsWith('.mdx'))
  .sort();
const readRepo = (file: string) => readFileSync(path.join(repo, file), 'utf8');
const migrate = (name: string): Migration =>
  migrateLegacySource(readRepo(`${legacyDir}/${name}`), `${legacyDir}/${name}`);

/** Stands in for webpack: an imported image is just its path. */
function importsAsPaths() {
  return (tree: Root) => {
    visit(tree, 'mdxjsEsm', (node) => {
      const program = node.data?.estree;
      if (!program) return;
      program.body = program.body.map((statement) => {
        const specifier =
          statement.type === 'ImportDeclaration' && statement.specifiers[0];
        if (!specifier || specifier.type !== 'ImportDefaultSpecifier') {
          return statement;
        }
        const constant: VariableDeclaration = {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [
            {
              type: 'VariableDeclarator',
              id: specifier.local,
              init: {
                type: 'Literal',
                value: String((statement as ImportDeclaration).source.value),
              },
            },
          ],
        };
        return constant;
      });
    });
  };
}

/**
 * What a reader sees of a post: compiled as Docusaurus compiles it, with a
 * Figure that shows only its caption and images that show nothing, then the
 * text without tags (whitespace collapsed, as a browser shows it).
 */
async function visibleText(source: string): Promise<string> {
  const {default: Content} = await evaluate(escapeMarkdownHeadingIds(source), {
    ...runtime,
    remarkPlugins: [
      remarkFrontmatter,
      remarkGfm,
      remarkDirective,
      remarkMath,
      importsAsPaths,
    ],
  });
  const html = renderToStaticMarkup(
    createElement(Content, {
      components: {
        Figure: ({caption}: {caption?: ReactNode}) => caption ?? null,
        img: () => null,
      },
    }),
  );
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const headingIds = (source: string) =>
  [...headingAnchors(parseMdx(source, 'post.mdx')).values()].map(
    (anchor) => anchor.id,
  );

/** The Figures of a post as `{src, width}`, src as written. */
function figures(source: string) {
  const found: {src: string | undefined; width: string | undefined}[] = [];
  const text = (attribute: MdxJsxAttribute | undefined) =>
    attribute === undefined || attribute.value === null
      ? undefined
      : typeof attribute.value === 'string'
        ? attribute.value
        : attribute.value?.value;
  visit(parseMdx(source, 'post.mdx'), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')
      return;
    if (node.name !== 'Figure') return;
    const attribute = (name: string) =>
      node.attributes.find(
        (item): item is MdxJsxAttribute =>
          item.type === 'mdxJsxAttribute' && item.name === name,
      );
    found.push({src: text(attribute('src')), width: text(attribute('width'))});
  });
  return found;
}

const papers = (source: string) =>
  findPaperSections(parseMdx(source, 'post.mdx')).map(
    ({paper: {line: _line, text: _text, ...rest}}) => rest,
  );

beforeAll(() => {
  // Legacy posts may `require` an image, which webpack provides in a build.
  vi.stubGlobal('require', (specifier: string) => ({default: specifier}));
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('every legacy fixture', () => {
  it('includes the seed and the other shapes', () => {
    expect(legacyFiles).toEqual(
      expect.arrayContaining(['20251027.mdx', '20250203.mdx', '20250210.mdx']),
    );
  });

  it.each(legacyFiles)(
    '%s keeps exactly the text a reader sees',
    async (name) => {
      const migration = migrate(name);
      expect(migration.converted).toBeGreaterThan(0);
      const before = await visibleText(migration.original);
      expect(before.length).toBeGreaterThan(100);
      expect(await visibleText(migration.migrated)).toBe(before);
    },
  );

  it('would notice a lost caption', async () => {
    const legacy = `<div style={{textAlign: 'center'}}>\n <img src="./asset/a.png" />\n <p>세 가지 변형</p>\n</div>\n`;
    const lossy = '<Figure src="./asset/a.png" alt="a" />\n';
    const kept =
      '<Figure src="./asset/a.png" alt="a" caption="세 가지 변형" />\n';

    expect(await visibleText(lossy)).not.toBe(await visibleText(legacy));
    expect(await visibleText(kept)).toBe(await visibleText(legacy));
  });

  it.each(legacyFiles)('%s keeps every heading id', (name) => {
    const migration = migrate(name);
    expect(headingIds(migration.migrated)).toEqual(
      headingIds(migration.original),
    );
  });

  it.each(legacyFiles)('%s has nothing left to migrate afterwards', (name) => {
    const once = migrate(name).migrated;
    const twice = migrateLegacySource(once, name);
    expect(twice.migrated).toBe(once);
    expect(twice.notes.every((note) => note.severity === 'problem')).toBe(true);
  });
});

describe('the seed post', () => {
  const seedFile = `${legacyDir}/20251027.mdx`;
  const handConverted = readRepo('docs/papers/y2025/oct/20251027.mdx');

  it('becomes the hand-converted post: nine papers and two Figures of width 500 with the same images', () => {
    const {migrated} = migrate('20251027.mdx');

    expect(papers(migrated)).toHaveLength(9);
    expect(papers(migrated)).toEqual(papers(handConverted));
    expect(figures(migrated)).toEqual([
      {src: 'blog_20251027_img0', width: '500'},
      {src: 'blog_20251027_img1', width: '500'},
    ]);
    expect(figures(migrated)).toEqual(figures(handConverted));
    expect(migrated).not.toMatch(/<div|<img/);
  });

  it("changes nothing but the figures' own text, imports and odd spacing included", () => {
    const {original, migrated} = migrate('20251027.mdx');
    const legacyFigure =
      /<div style=\{\{textAlign: 'center'\}\}>\n <img src=\{\w+\} style=\{\{width: 500\}\} \/>\n<\/div>/g;
    const currentFigure = /<Figure\n(?: {2}.*\n)+\/>/g;

    expect(original.match(legacyFigure)).toHaveLength(2);
    expect(migrated.replace(currentFigure, 'FIGURE')).toBe(
      original.replace(legacyFigure, 'FIGURE'),
    );
    expect(migrated).toContain(
      '##  1. [Video-As-Prompt](https://huggingface.co/papers/2510.20888) `bytedance`  \n',
    );
  });

  it('gives each image an alt from its paper and warns at file:line to describe it', () => {
    const migration = migrate('20251027.mdx');

    expect(migration.migrated).toContain('alt="Video-As-Prompt 그림 1"');
    expect(migration.migrated).toContain('alt="Search Self-play 그림 1"');
    expect(
      migration.notes.map((note) => formatNote(seedFile, note, false)),
    ).toEqual([
      `${seedFile}:37:1: warning: generated alt="Video-As-Prompt 그림 1" for an image that had none; replace it with a description of what the image shows`,
      `${seedFile}:54:1: warning: generated alt="Search Self-play 그림 1" for an image that had none; replace it with a description of what the image shows`,
    ]);
    // Once written, the warning points at the alt line of the new text.
    const [first] = migration.notes;
    expect(first && formatNote(seedFile, first, true)).toMatch(
      new RegExp(`^${seedFile}:39:3: `),
    );
    expect(migration.migrated.split('\n')[38]).toBe(
      '  alt="Video-As-Prompt 그림 1"',
    );
  });

  it('prints as a unified diff of the figure lines only', () => {
    const diff = migrationDiff(migrate('20251027.mdx'));

    expect(diff).toMatch(
      /^--- tests\/fixtures\/legacy\/20251027\.mdx\tlegacy\n/,
    );
    expect(diff).toContain("\n-<div style={{textAlign: 'center'}}>\n");
    expect(diff).toContain('\n+  src={blog_20251027_img0}\n');
    const changed = diff
      .split('\n')
      .filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toHaveLength(6 + 10);
  });
});

describe('other legacy shapes', () => {
  const {migrated, notes} = migrate('20250203.mdx');

  it('converts a bare <img> with a width in px, a quoted width and a kept alt', () => {
    expect(figures(migrated)).toEqual([
      {src: 'r1_pipeline', width: '600'},
      {src: './asset/blog_20250203_img2.png', width: '450'},
      {src: 'k15_overview', width: '500'},
      {src: './asset/blog_20250203_img3.png', width: undefined},
    ]);
    expect(migrated).toContain(
      '  src="./asset/blog_20250203_img2.png"\n  alt="R1-Zero 의 학습 step 별 AIME 정확도"\n  width={450}\n',
    );
  });

  it('writes a Figure inside a list on one line, keeping its indentation', () => {
    expect(migrated).toContain(
      '\n  <Figure src="./asset/blog_20250203_img3.png" alt="Kimi k1.5 그림 2" />\n',
    );
  });

  it('leaves markdown images as they are', () => {
    expect(migrated).toContain('\n![](./asset/blog_20250203_img4.png)\n');
  });

  it('finds its place after a heading with an explicit {#id}', () => {
    expect(migrated).toContain(
      '## 2. [Kimi k1.5](https://arxiv.org/abs/2501.12599) `kimi` {#kimi-k15}\n',
    );
    expect(migrated).toContain(
      'long context RL (128k) 과 long2short 기법이 핵심. \n\n<Figure\n  src={k15_overview}\n',
    );
  });

  it('warns only about the alts it made up', () => {
    expect(notes.map((note) => [note.severity, note.before.line])).toEqual([
      ['warning', 11],
      ['warning', 22],
      ['warning', 28],
    ]);
  });
});

describe('figures that cannot be converted', () => {
  const file = `${legacyDir}/20250210.mdx`;
  const migration = migrate('20250210.mdx');
  const problems = migration.notes
    .filter((note) => note.severity === 'problem')
    .map((note) => formatNote(file, note, false));

  it('stay byte for byte as the author wrote them', () => {
    for (const snippet of [
      "<div style={{textAlign: 'center'}}>\n <img src={titans_arch} style={{width: 500}} />\n <p>MAC, MAG, MAL 세 가지 변형</p>\n</div>",
      '<img src={figures.generalPoints} style={{width: 500}} />',
      '<video src="./asset/blog_20250210_vid0.mp4" controls width="500" />',
      'GenEval <img src="./asset/blog_20250210_icon.png" width="16" /> 0.80 으로',
    ]) {
      expect(migration.original).toContain(snippet);
      expect(migration.migrated).toContain(snippet);
    }
  });

  it('are each reported with file:line and why', () => {
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${file}:11:1: not converted: <div> around an image .*caption`,
      ),
    );
    expect(problems[1]).toMatch(
      new RegExp(
        `^${file}:21:1: not converted: <img> .*src=\\{figures.generalPoints\\} is an expression the migration cannot read`,
      ),
    );
    expect(problems[2]).toMatch(
      new RegExp(`^${file}:25:1: not converted: <video> .*no video component`),
    );
    expect(problems[3]).toMatch(
      new RegExp(`^${file}:29:37: not converted: <img> .*inside a sentence`),
    );
  });

  it('do not stop the convertible figure next to them', () => {
    expect(figures(migration.migrated)).toEqual([
      {src: './asset/blog_20250210_img1.png', width: '400'},
    ]);
    expect(migration.migrated).toContain('alt="Janus-Pro 그림 1"');
  });
});

describe('migrateLegacySource', () => {
  const post = (body: string) =>
    migrateLegacySource(
      `import a from './asset/a.png';\n\n# 2025-10-27 papers review\n\n## 1. [Paper "Q&A"](https://arxiv.org/abs/2510.00001)\n\n${body}\n`,
      'post.mdx',
    );

  it('leaves a post in the current model untouched', () => {
    const current = readRepo('docs/papers/y2025/oct/20251027.mdx');
    const migration = migrateLegacySource(current, 'current.mdx');

    expect(migration.migrated).toBe(current);
    expect(migration.converted).toBe(0);
    expect(migration.notes).toEqual([]);
  });

  it('writes a generated alt with quotes or & as an expression, so it reads back the same', () => {
    const {migrated} = post('<img src={a} />');
    expect(migrated).toContain('  alt={"Paper \\"Q&A\\" 그림 1"}\n');
  });

  it.each([
    [
      "<img src={a} style={{width: '80%'}} />",
      /style width: "80%" has no Figure equivalent/,
    ],
    [
      '<img src={a} title="Overview" />',
      /title="Overview" has no Figure equivalent/,
    ],
    ['<img src={a} {...props} />', /spreads \{...props\}/],
    [
      '<img src="/img/a.png" />',
      /src="\/img\/a.png" is neither beside the post/,
    ],
    ['<img src={b} />', /src=\{b\} is not an image imported in this post/],
    [
      '<div className="center">\n  <img src={a} />\n</div>',
      /has className="center"/,
    ],
    // The note points at the image itself, on the line inside the link.
    [
      '<a href="https://example.com">\n  <img src={a} />\n</a>',
      /inside <a>/,
      8,
    ],
  ])('leaves %s as it is and says why', (jsx, reason, line = 7) => {
    const migration = post(jsx);

    expect(migration.migrated).toContain(jsx);
    expect(migration.converted).toBe(0);
    expect(migration.notes).toHaveLength(1);
    expect(migration.notes[0]).toMatchObject({
      severity: 'problem',
      before: {line},
    });
    expect(migration.notes[0]?.message).toMatch(reason);
  });

  it.each([
    '<p align="center">\n  <img src={a} width="500" />\n</p>',
    '<center>\n  <img src={a} width="500" />\n</center>',
    '<div style={{textAlign: \'center\'}}><img src={a} width="500" /></div>',
  ])('converts the centred wrapper %s as a whole', (jsx) => {
    const {migrated, converted} = post(jsx);

    expect(converted).toBe(1);
    expect(migrated).toContain(
      '\n\n<Figure\n  src={a}\n  alt={"Paper \\"Q&A\\" 그림 1"}\n  width={500}\n/>\n',
    );
  });

  it('keeps Windows line endings in a post written with them', () => {
    const source =
      "import a from './asset/a.png';\r\n\r\n## 1. [Paper](https://arxiv.org/abs/2510.00001)\r\n\r\n<img src={a} />\r\n";

    const {migrated} = migrateLegacySource(source, 'post.mdx');

    expect(migrated).toBe(
      'import a from \'./asset/a.png\';\r\n\r\n## 1. [Paper](https://arxiv.org/abs/2510.00001)\r\n\r\n<Figure\r\n  src={a}\r\n  alt="Paper 그림 1"\r\n/>\r\n',
    );
  });

  it('names figures outside any paper after the nearest heading', () => {
    const {migrated} = migrateLegacySource(
      "import a from './asset/a.png';\n\n# 2025-10-27 papers review\n\n<img src={a} />\n",
      'post.mdx',
    );
    expect(migrated).toContain('alt="2025-10-27 papers review 그림 1"');
  });
});

describe('a legacy review of one paper in numbered sections', () => {
  const root = 'tests/fixtures/lint/single-paper-front-matter';
  const file = 'docs/papers/y2025/nov/20251103.mdx';
  const source = readRepo(`${root}/${file}`);
  const withFigure = source.replace(
    '## 2. 방법\n',
    '## 2. 방법\n\n<div style={{textAlign: \'center\'}}>\n <img src="./asset/attention.png" style={{width: 500}} />\n</div>\n',
  );

  it('is told exactly what front matter to add, in the words lint uses', () => {
    const migration = migrateLegacySource(source, file);
    const [problem] = lintPosts({root: path.join(repo, root)}).problems;
    expect(migration.notes).toEqual([
      {
        severity: 'problem',
        before: {line: 5, column: 1},
        after: {line: 5, column: 1},
        message: `${problem!.message}; ${problem!.fix}`,
      },
    ]);
    expect(migration.notes[0]!.message).toContain(
      '---\npaper: https://arxiv.org/abs/1706.03762\norgs: [<org id>]\n---',
    );
  });

  it('keeps every byte of it but the figures, and names them after its sections', async () => {
    expect(migrateLegacySource(source, file).migrated).toBe(source);
    const migration = migrateLegacySource(withFigure, file);
    expect(migration.converted).toBe(1);
    expect(migration.migrated).toContain('alt="2. 방법 그림 1"');
    expect(await visibleText(migration.migrated)).toBe(
      await visibleText(withFigure),
    );
    expect(migration.notes.map((note) => note.severity)).toEqual([
      'problem',
      'warning',
    ]);
  });

  it('names the figures of a review that has paper: after its own sections too', () => {
    const named = `---\npaper: https://arxiv.org/abs/1706.03762\n---\n\n${withFigure}`;
    const migration = migrateLegacySource(named, file);
    expect(migration.migrated).toContain('alt="2. 방법 그림 1"');
    expect(migration.notes.map((note) => note.severity)).toEqual(['warning']);
  });
});

describe('migrateLegacyFile', () => {
  /** A site folder; the posts live in its docs/papers. */
  let site: string;
  let folder: string;
  const copy = (name: string) => {
    const file = path.join(folder, name);
    copyFileSync(path.join(repo, legacyDir, name), file);
    return file;
  };

  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), 'migrate-legacy-'));
    folder = path.join(site, 'docs', 'papers');
    mkdirSync(folder, {recursive: true});
  });

  afterAll(() => {
    rmSync(site, {recursive: true, force: true});
  });

  it('changes nothing without --write', () => {
    const file = copy('20251027.mdx');
    const original = readFileSync(file);

    const migration = migrateLegacyFile(file, {write: false});

    expect(migration.migrated).not.toBe(migration.original);
    expect(migration.backup).toBeUndefined();
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(folder)).toEqual(['20251027.mdx']);
    rmSync(file);
  });

  it('with --write keeps a byte-identical backup outside the post folder, then writes the migration', () => {
    const file = copy('20251027.mdx');
    const original = readFileSync(file);
    const backups = backupFolder(site, new Date('2025-10-28T09:30:00.123Z'));

    const migration = migrateLegacyFile(file, {write: true, backups});

    expect(backups.dir).toBe(
      path.join(site, '.migrate-legacy', '2025-10-28T09-30-00Z'),
    );
    expect(migration.backup).toBe(
      path.join(backups.dir!, 'docs', 'papers', '20251027.mdx'),
    );
    expect(readFileSync(migration.backup!).equals(original)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(migration.migrated);

    const again = migrateLegacyFile(file, {write: true, backups});
    expect(again.migrated).toBe(again.original);
    expect(again.backup).toBeUndefined();
    expect(readdirSync(folder)).toEqual(['20251027.mdx']);
  });

  it('never overwrites an earlier backup, even from a run in the same second', () => {
    const file = copy('20251027.mdx');
    const time = new Date('2025-10-28T09:30:00Z');
    const earlier = path.join(
      site,
      '.migrate-legacy',
      '2025-10-28T09-30-00Z',
      'docs',
      'papers',
      '20251027.mdx',
    );
    const before = readFileSync(earlier);

    const migration = migrateLegacyFile(file, {
      write: true,
      backups: backupFolder(site, time),
    });

    expect(migration.backup).toBe(
      path.join(
        site,
        '.migrate-legacy',
        '2025-10-28T09-30-00Z-2',
        'docs',
        'papers',
        '20251027.mdx',
      ),
    );
    expect(readFileSync(earlier).equals(before)).toBe(true);
    expect(readFileSync(migration.backup!, 'utf8')).toBe(migration.original);
  });

  it('keeps the backup of a post outside the site folder inside the backup folder', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'migrate-outside-'));
    try {
      const file = path.join(outside, '20251027.mdx');
      copyFileSync(path.join(repo, legacyDir, '20251027.mdx'), file);
      const backups = backupFolder(site);

      const migration = migrateLegacyFile(file, {write: true, backups});

      expect(migration.backup?.startsWith(backups.dir! + path.sep)).toBe(true);
      expect(migration.backup).toContain(`${path.sep}outside${path.sep}`);
      expect(readFileSync(migration.backup!, 'utf8')).toBe(migration.original);
    } finally {
      rmSync(outside, {recursive: true, force: true});
    }
  });

  it('makes no backup folder until a backup is written', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'migrate-empty-'));
    try {
      expect(backupFolder(empty).dir).toBeUndefined();
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });

  it('lists every .mdx below a folder, and nothing else', () => {
    const nested = path.join(folder, 'y2025', 'oct');
    mkdirSync(nested, {recursive: true});
    writeFileSync(path.join(nested, '20251021.mdx'), '# post\n');
    writeFileSync(path.join(nested, 'notes.md'), '# notes\n');

    expect(listMdxFiles(folder)).toEqual([
      path.join(folder, '20251027.mdx'),
      path.join(nested, '20251021.mdx'),
    ]);
    expect(() => listMdxFiles(path.join(folder, 'missing'))).toThrow(
      /does not exist/,
    );
  });
});

describe('npm run migrate-legacy', () => {
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(
      path.join(repo, 'node_modules', '.bin', 'tsx'),
      [path.join(repo, 'scripts', 'migrate-legacy.ts'), ...args],
      {cwd, encoding: 'utf8'},
    );

  it('prints a diff and exits 1 when something could not be converted, 0 once all is done, 2 on bad usage', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'migrate-cli-'));
    try {
      for (const name of legacyFiles) {
        copyFileSync(path.join(repo, legacyDir, name), path.join(folder, name));
      }
      const dryRun = run(folder, '.');
      expect(dryRun.status).toBe(1);
      expect(dryRun.stdout).toContain('+<Figure\n');
      expect(dryRun.stderr).toContain('20250210.mdx:25:1: not converted');
      expect(dryRun.stderr).toContain('Nothing was written');
      expect(readdirSync(folder).sort()).toEqual(legacyFiles);

      const written = run(folder, '20251027.mdx', '--write');
      expect(written.status).toBe(0);
      expect(written.stdout).toContain('20251027.mdx: converted 2 figures\n');
      expect(written.stdout).toMatch(
        /^Originals of 1 rewritten post kept in \.migrate-legacy\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\/$/m,
      );
      expect(written.stderr).toContain('20251027.mdx:39:3: warning');

      const done = run(folder, '20251027.mdx');
      expect(done.status).toBe(0);
      expect(done.stdout).toContain('20251027.mdx: nothing to migrate');

      const brokenText =
        "# 2025-10-28 papers review\n\n<div style={{textAlign: 'center'}}>\n <img src={a} />\n";
      writeFileSync(path.join(folder, 'broken.mdx'), brokenText);
      const broken = run(folder, 'broken.mdx', '--write');
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(
        'broken.mdx:3:1: MDX syntax error: Expected a closing tag for `<div>` (3:1-3:36)',
      );
      expect(broken.stderr).toContain('not migrated: fix the syntax first');
      expect(readFileSync(path.join(folder, 'broken.mdx'), 'utf8')).toBe(
        brokenText,
      );
      expect(readdirSync(folder).sort()).toEqual(
        ['.migrate-legacy', ...legacyFiles, 'broken.mdx'].sort(),
      );

      expect(run(folder, 'missing.mdx').status).toBe(2);
      expect(run(folder).status).toBe(2);
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  }, 30_000);

  it('with --write leaves the content folders as lint-posts wants them: the originals sit in .migrate-legacy/, no orphan file in docs/', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'migrate-site-'));
    const post = 'docs/papers/y2025/oct/20251027.mdx';
    const images = [
      'docs/papers/y2025/oct/asset/blog_20251027_img0.png',
      'docs/papers/y2025/oct/asset/blog_20251027_img1.png',
    ];
    try {
      mkdirSync(path.join(site, 'docs/papers/y2025/oct/asset'), {
        recursive: true,
      });
      copyFileSync(
        path.join(repo, legacyDir, '20251027.mdx'),
        path.join(site, post),
      );
      for (const image of images) {
        copyFileSync(path.join(repo, image), path.join(site, image));
      }
      const original = readFileSync(path.join(site, post));

      const written = run(site, 'docs/papers', '--write');

      expect(written.status).toBe(0);
      const [, folder] =
        /^Originals of 1 rewritten post kept in (\S+)\/$/m.exec(
          written.stdout,
        ) ?? [];
      expect(folder).toMatch(/^\.migrate-legacy\//);
      const backup = path.join(site, folder!, post);
      expect(readFileSync(backup).equals(original)).toBe(true);
      expect(readFileSync(path.join(site, post), 'utf8')).toContain(
        '<Figure\n',
      );

      const loaded = loadSite({root: site});
      expect(loaded.otherFiles).toEqual(images);
      expect(
        checkSite(loaded).filter((problem) => problem.rule === 'asset-orphan'),
      ).toEqual([]);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  }, 30_000);
});
