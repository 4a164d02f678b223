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
import {sharedLoadOf} from '../../src/plugins/paper-index/sharedLoad';
import searchIndexPlugin from '../../src/plugins/search-index';
import type {
  AllContent,
  LoadContext,
  PluginContentLoadedActions,
} from '@docusaurus/types';

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

/** The actions of `allContentLoaded`, recording the routes added. */
function recordingActions(routes: string[]): PluginContentLoadedActions {
  return {
    createData: async (name: string) => path.join(outDir, name),
    addRoute: (route: {path: string}) => routes.push(route.path),
    setGlobalData: () => {},
  } as never;
}

describe('one load per build', () => {
  it('parses each post once for the paper index, the site-wide rules and the search records', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const files = [...listPostFiles(SITE), ...listBlogFiles(SITE)];
    const paperIndex = paperIndexPlugin(context, {});
    const searchIndex = searchIndexPlugin(context);
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
    // As Docusaurus runs them: every loadContent, then every
    // allContentLoaded at once with the same content, then postBuild.
    const allContent: AllContent = {
      'paper-index': {default: await paperIndex.loadContent!()},
      'docusaurus-plugin-content-blog': {default: {blogPosts: [blogPost]}},
    };
    await Promise.all([
      paperIndex.allContentLoaded!({
        allContent,
        actions: recordingActions([]),
      }),
      searchIndex.allContentLoaded!({
        allContent,
        actions: recordingActions([]),
      }),
    ]);
    const content = await sharedLoadOf(allContent);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await searchIndex.postBuild!({
      outDir,
      content: undefined,
      routesPaths: content.posts.map((post) => post.permalink),
      routesBuildMetadata: {},
    } as never);

    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    expect(content.posts.length).toBeGreaterThan(0);
    expect(
      vi.mocked(parse.parseMdx).mock.calls.map(([, file]) => file),
    ).toEqual(files);
  }, 60_000);

  it('loads the posts again after the docs plugin reloads, so a new post gets its place without a reload of its own', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reload-'));
    try {
      cpSync(SITE, root, {recursive: true});
      const paperIndex = paperIndexPlugin({...context, siteDir: root}, {});
      // Docusaurus reloads every plugin that watches a changed file, each
      // from the same snapshot: the posts must have one watcher only.
      expect(paperIndex.getPathsToWatch).toBeUndefined();
      const load = await paperIndex.loadContent!();
      const round = async () => {
        const routes: string[] = [];
        await paperIndex.allContentLoaded!({
          allContent: {'paper-index': {default: load}},
          actions: recordingActions(routes),
        });
        return {routes, loaded: await load.latest()};
      };
      const before = await round();
      const newest = listPostFiles(root).at(-1)!;
      const added = newest.replace(/(\d{6})\d\d\.mdx$/, '$128.mdx');
      expect(listPostFiles(root)).not.toContain(added);
      const text = readFileSync(path.join(root, newest), 'utf8');
      cpSync(path.join(root, newest), path.join(root, added));
      writeFileSync(path.join(root, added), text);
      const after = await round();

      expect(after.loaded.posts.map((post) => post.file)).toContain(added);
      expect(before.loaded.posts.map((post) => post.file)).not.toContain(added);
      expect(after.routes).toEqual(before.routes);
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });

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
