/**
 * A large site is parsed on every core before it is loaded. The posts the
 * workers parse must be exactly the posts a load in one thread gives, down
 * to a syntax error read around, or lint, the build and the index would
 * differ by the machine they run on.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {realisticCorpus} from '../../scripts/lib/siteBench/corpus';
import {
  lintPosts,
  loadSite,
  parseInParallel,
  type LintPost,
  type ParsedPosts,
} from '../../src/lib/rules';

let root: string;
const BROKEN = 'docs/papers/y2030/jan/20300102.mdx';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'parallel-parse-'));
  for (const post of realisticCorpus(240)) {
    for (const {file, content} of post.files) {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
      writeFileSync(path.join(root, file), content);
    }
  }
  mkdirSync(path.join(root, path.dirname(BROKEN)), {recursive: true});
  writeFileSync(
    path.join(root, BROKEN),
    '# 2030-01-02 papers review\n\nQuality <3 here.\n\n<div>\n\nUnclosed {braces\n',
  );
});
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** A post without its YAML document, which compares by identity. */
function seen(post: LintPost): LintPost {
  const {frontMatter, ...rest} = post;
  return frontMatter ? rest : post;
}

// 240 realistic posts take seconds to parse, twice.
describe('parsing a large site on every core', {timeout: 60_000}, () => {
  it.runIf(availableParallelism() > 1)(
    'parses every post ahead of the load',
    async () => {
      const parsed: ParsedPosts = new Map();
      await parseInParallel({root, parsed, minPosts: 200});
      expect(parsed.size).toBe(241);
    },
  );

  it('gives the posts and problems a load in one thread gives', async () => {
    const ahead: ParsedPosts = new Map();
    await parseInParallel({root, parsed: ahead, minPosts: 200});
    const parallel = loadSite({root, parsed: ahead});
    const serial = loadSite({root, parsed: new Map()});
    expect(parallel.posts.map(seen)).toEqual(serial.posts.map(seen));
    const broken = parallel.posts.find((post) => post.file === BROKEN)!;
    expect(broken.parseProblems.map((problem) => problem.rule)).toEqual(
      expect.arrayContaining(['mdx-less-than', 'mdx-syntax']),
    );
    expect(lintPosts({root, parsed: ahead}).problems).toEqual(
      lintPosts({root, parsed: new Map()}).problems,
    );
  });
});
