import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import * as parse from '../../src/lib/review/parse';
import {loadSite} from '../../src/lib/rules';
import {listBlogFiles, listPostFiles} from '../../src/lib/review/scan';
import paperIndexPlugin from '../../src/plugins/paper-index';
import searchIndexPlugin from '../../src/plugins/search-index';
import type {LoadContext} from '@docusaurus/types';

vi.mock('../../src/lib/review/parse', async (importOriginal) => {
  const actual = await importOriginal<typeof parse>();
  return {...actual, parseMdx: vi.fn(actual.parseMdx)};
});

const SITE = path.resolve('tests/fixtures/index');
const outDir = mkdtempSync(path.join(tmpdir(), 'one-load-'));
afterAll(() => rmSync(outDir, {recursive: true, force: true}));

const context = {
  siteDir: SITE,
  generatedFilesDir: path.join(outDir, '.docusaurus'),
  baseUrl: '/',
  siteConfig: {url: 'https://reviews.example', title: '리뷰', tagline: '요약'},
  i18n: {currentLocale: 'ko', localeConfigs: {ko: {htmlLang: 'ko'}}},
} as unknown as LoadContext;

describe('one load per build', () => {
  it('parses each post once for the paper index, the site-wide rules and the search records', async () => {
    const files = [...listPostFiles(SITE), ...listBlogFiles(SITE)];
    const paperIndex = paperIndexPlugin(context, {});
    const content = await paperIndex.loadContent!();
    const blogFile = listBlogFiles(SITE)[0]!;
    const blogPost = {
      content: readFileSync(path.join(SITE, blogFile), 'utf8'),
      metadata: {
        source: `@site/${blogFile}`,
        title: 'Deep dive',
        date: '2025-10-10',
        permalink: '/blog/2025/10/10/deep-dive',
      },
    };
    await searchIndexPlugin(context).postBuild!({
      outDir,
      content: undefined,
      plugins: [
        {name: 'paper-index', content},
        {
          name: 'docusaurus-plugin-content-blog',
          content: {blogPosts: [blogPost]},
        },
      ],
      routesPaths: content.posts.map((post) => post.permalink),
      routesBuildMetadata: {},
    } as never);

    expect(content.posts.length).toBeGreaterThan(0);
    expect(
      vi.mocked(parse.parseMdx).mock.calls.map(([, file]) => file),
    ).toEqual(files);
  }, 60_000);

  it('parses again, when the dev server reloads, only the post that changed', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reload-'));
    try {
      cpSync(SITE, root, {recursive: true});
      const post = path.join(root, listPostFiles(root)[0]!);
      loadSite({root});
      vi.mocked(parse.parseMdx).mockClear();
      loadSite({root});
      expect(vi.mocked(parse.parseMdx)).not.toHaveBeenCalled();
      writeFileSync(post, `${readFileSync(post, 'utf8')}\n\n한 줄 더.\n`);
      loadSite({root});
      expect(
        vi.mocked(parse.parseMdx).mock.calls.map(([, file]) => file),
      ).toEqual([path.relative(root, post)]);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
