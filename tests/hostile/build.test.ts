/**
 * The content allowlist, seen from the outside: one production build and one
 * `lint-posts` run over a site full of hostile posts must each refuse it and
 * name every post at the line of its offending node.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  CLEAN_POST,
  HOSTILE_POSTS,
  HOSTILE_SITE,
  POST_FOLDER,
  lintErrors,
  place,
  namedLocations,
  type LintError,
} from './expected';
import {
  buildSite,
  lintSite,
  makeTempSite,
  type Finished,
  type TempSite,
} from './site';

const HOSTILE_FILES = new Set(HOSTILE_POSTS.map((post) => post.file));

let site: TempSite | undefined;
let build: Finished;
let lint: Finished;
let errors: LintError[];

beforeAll(async () => {
  site = makeTempSite(HOSTILE_SITE);
  build = await buildSite(site.dir);
  lint = await lintSite(site.dir);
  errors = lintErrors(lint.output);
});

afterAll(() => site?.cleanup());

/** The last lines of an output, enough to see why an assertion failed. */
const tail = (output: string) => output.split('\n').slice(-60).join('\n');

/** Error lines of `lint-posts`, by post file name. */
function errorLinesByFile(): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  for (const error of errors) {
    const file = error.path.startsWith(`${POST_FOLDER}/`)
      ? error.path.slice(POST_FOLDER.length + 1)
      : error.path;
    byFile.set(file, [...(byFile.get(file) ?? []), error.line]);
  }
  return byFile;
}

describe('npx docusaurus build over hostile posts', () => {
  it('fails', () => {
    expect(build.status, tail(build.output)).not.toBe(0);
  });

  for (const post of HOSTILE_POSTS) {
    it(`names ${place(post)} (${post.attack}) in the one run`, () => {
      const named = namedLocations(build.output);
      expect(
        named,
        `the build named ${[...named].join(', ') || 'no line of any post'}:\n${tail(build.output)}`,
      ).toContain(`${post.file}:${post.line}`);
    });
  }

  it('names no line of the clean post', () => {
    const clean = [...namedLocations(build.output)].filter((named) =>
      named.startsWith(`${CLEAN_POST}:`),
    );
    expect(clean).toEqual([]);
  });

  it('names only lines that lint-posts reports as errors too', () => {
    const linted = new Set(
      [...errorLinesByFile()].flatMap(([file, lines]) =>
        lines.map((line) => `${file}:${line}`),
      ),
    );
    const onlyInBuild = [...namedLocations(build.output)].filter(
      (named) => !linted.has(named),
    );
    expect(onlyInBuild).toEqual([]);
  });
});

describe('lint-posts over hostile posts', () => {
  it('exits 1', () => {
    expect(lint.status, tail(lint.output)).toBe(1);
  });

  for (const post of HOSTILE_POSTS) {
    it(`reports ${place(post)} as an error (${post.attack})`, () => {
      const lines = errorLinesByFile().get(post.file) ?? [];
      expect(lines, tail(lint.output)).toContain(post.line);
    });
  }

  it('reports the hostile snippet as the first error of each post', () => {
    const byFile = errorLinesByFile();
    const first = HOSTILE_POSTS.map((post) => ({
      file: post.file,
      line: Math.min(...(byFile.get(post.file) ?? [Infinity])),
    }));
    expect(first).toEqual(HOSTILE_POSTS.map(({file, line}) => ({file, line})));
  });

  it('reports errors in the hostile posts only, never in the clean post', () => {
    const posts = [...errorLinesByFile().keys()].filter((file) =>
      file.endsWith('.mdx'),
    );
    expect(posts.filter((file) => !HOSTILE_FILES.has(file))).toEqual([]);
  });

  it('prints each error as path:line:column  error  message  (rule-id)', () => {
    for (const error of errors) {
      expect(error.text).toMatch(
        /^docs\/papers\/y2025\/oct\/\S+:\d+:\d+ {2}error {2}\S.* {2}\([\w-]+\)$/,
      );
    }
    expect(errors.length).toBeGreaterThanOrEqual(HOSTILE_POSTS.length);
  });
});
