import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {
  LEDGER_FILE,
  lintPosts,
  loadSite,
  readLedger,
  updateLedger,
} from '../../src/lib/rules';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtureRoot = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lint/${name}`, import.meta.url));
const POST = 'docs/papers/y2025/oct/20251027.mdx';

let folders: string[] = [];
/** A scratch copy of a fixture site, removed after the test. */
function copyOf(fixture: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'anchors-'));
  folders.push(folder);
  cpSync(fixtureRoot(fixture), folder, {recursive: true});
  return folder;
}
afterEach(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true});
  folders = [];
});

describe('the anchors ledger of the site', () => {
  const lines = readFileSync(path.join(repo, LEDGER_FILE), 'utf8')
    .trimEnd()
    .split('\n');

  it("records the seed's heading ids and the anchor other posts link to", () => {
    const entries = readLedger(repo)!.map(
      (entry) => `${entry.url}#${entry.anchor}`,
    );
    const seedHeadings = entries.filter(
      (entry) =>
        entry.startsWith('/docs/papers/y2025/oct/20251027#') &&
        !entry.includes('#arxiv-'),
    );
    expect(seedHeadings).toHaveLength(14);
    expect(entries).toEqual(
      expect.arrayContaining([
        '/docs/papers/y2025/oct/20251027#1-reasoning-with-sampling-harvard',
        '/docs/papers/y2025/oct/20251027#stabilizing-moe-reinforcement-learning-by-aligning-training-and-inference-routers-shaomi',
        '/docs/papers/y2025/oct/20251027#arxiv-2510.14901',
        '/docs/papers/y2025/oct/20251021#1-distractor-injection-attacks-on-large-reasoning-models-amazon',
      ]),
    );
  });

  it('is one header comment, then one sorted URL#anchor per line', () => {
    expect(lines[0]).toMatch(/^# /);
    const anchors = lines.slice(1);
    expect(anchors.every((line) => /^\/\S+#\S+$/.test(line))).toBe(true);
    expect(anchors).toEqual([...anchors].sort());
  });
});

describe('lint-posts against the ledger', () => {
  it('says how to keep the anchor of a renumbered paper', () => {
    const problem = lintPosts({
      root: fixtureRoot('anchor-removed'),
    }).problems.find((item) => item.line === 8);
    expect(problem?.message).toBe(
      "published anchor /docs/papers/y2025/oct/20251027#1-reasoning-with-sampling-harvard is gone: this heading's id is now #2-reasoning-with-sampling-harvard",
    );
    expect(problem?.fix).toContain(
      'end the heading with {/* #1-reasoning-with-sampling-harvard */}',
    );
    expect(problem?.fix).toContain('#arxiv-2510.14901');
  });

  it('accepts a renumbered heading that keeps its old id explicitly', () => {
    const root = copyOf('anchor-removed');
    const file = path.join(root, POST);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(
          '`harvard`',
          '`harvard` {/* #1-reasoning-with-sampling-harvard */}',
        )
        .replace(
          '(https://huggingface.co/papers/2510.18821)',
          '(https://huggingface.co/papers/2510.18821) {/* #2-search-self-play */}',
        ),
    );
    const rules = lintPosts({root})
      .problems.filter((item) => item.file === POST)
      .map((item) => `${item.line} ${item.rule}`);
    expect(rules).toEqual(['1 anchor-removed']);
  });

  it('reports a published post made a draft at its draft key', () => {
    const root = copyOf('anchor-unrecorded');
    const file = path.join(root, POST);
    writeFileSync(
      file,
      `---\ndraft: true\n---\n\n${readFileSync(file, 'utf8')}`,
    );
    const problems = lintPosts({root}).problems;
    expect(
      problems.map((item) => `${item.file}:${item.line} ${item.rule}`),
    ).toEqual([`${POST}:2 anchor-removed`]);
    expect(problems[0]?.message).toContain('`draft: true` takes');
  });
});

describe('updating the ledger', () => {
  it('records new anchors, after which lint has nothing to say', () => {
    const root = copyOf('anchor-unrecorded');
    const update = updateLedger(root, loadSite({root}).posts);
    expect(update).toMatchObject({
      added: ['/docs/papers/y2025/oct/20251027#2-search-self-play'],
      removed: [],
      written: true,
    });
    expect(lintPosts({root}).problems).toEqual([]);
  });

  it('refuses to drop a recorded anchor and leaves the file as it was', () => {
    const root = copyOf('anchor-removed');
    const before = readFileSync(path.join(root, LEDGER_FILE), 'utf8');
    const update = updateLedger(root, loadSite({root}).posts);
    expect(update.written).toBe(false);
    expect(update.removed).toEqual([
      '/docs/papers/y2025/oct/20251020#1-a-definition-of-agi',
      '/docs/papers/y2025/oct/20251027#1-reasoning-with-sampling-harvard',
      '/docs/papers/y2025/oct/20251027#2-search-self-play',
      '/docs/papers/y2025/oct/20251027#arxiv-2510.18212',
    ]);
    expect(readFileSync(path.join(root, LEDGER_FILE), 'utf8')).toBe(before);
  });

  it('drops them when told the removal is intended', () => {
    const root = copyOf('anchor-removed');
    const update = updateLedger(root, loadSite({root}).posts, {
      allowRemoval: true,
    });
    expect(update.written).toBe(true);
    expect(lintPosts({root}).problems).toEqual([]);
  });

  it('refuses while a post cannot be parsed, since its anchors are unknown', () => {
    const root = copyOf('mdx-syntax');
    const update = updateLedger(root, loadSite({root}).posts);
    expect(update).toMatchObject({written: false, unreadable: [POST]});
  });
});
