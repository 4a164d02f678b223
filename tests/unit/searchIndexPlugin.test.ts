import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import paperIndexPlugin, {type LoadedSite} from '../../src/plugins/paper-index';
import {sharedLoadOf} from '../../src/plugins/paper-index/sharedLoad';
import searchIndexPlugin from '../../src/plugins/search-index';
import type {AllContent, LoadContext} from '@docusaurus/types';

const SITE = path.resolve('tests/fixtures/index');
let root: string;
let context: LoadContext;
let allContent: AllContent;
let content: LoadedSite;

beforeEach(async () => {
  vi.stubEnv('NODE_ENV', 'production');
  vi.spyOn(console, 'log').mockImplementation(() => {});
  root = mkdtempSync(path.join(tmpdir(), 'search-plugin-'));
  context = {
    siteDir: SITE,
    generatedFilesDir: path.join(root, '.docusaurus'),
    baseUrl: '/',
    siteConfig: {
      url: 'https://reviews.example',
      title: '리뷰',
      tagline: '요약',
    },
    i18n: {currentLocale: 'ko', localeConfigs: {ko: {htmlLang: 'ko'}}},
  } as unknown as LoadContext;
  allContent = {
    'paper-index': {
      default: await paperIndexPlugin(context, {}).loadContent!(),
    },
    'docusaurus-plugin-content-blog': {default: {blogPosts: []}},
  };
  content = await sharedLoadOf(allContent);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(root, {recursive: true, force: true});
});

/** Runs the plugin as a build does: content loaded, then (later) postBuild. */
async function build(noIndex: readonly string[] = []) {
  const plugin = searchIndexPlugin(context);
  await plugin.allContentLoaded!({allContent} as never);
  const outDir = path.join(root, 'build');
  await plugin.postBuild!({
    outDir,
    content: undefined,
    routesPaths: content.posts.map((post) => post.permalink),
    routesBuildMetadata: Object.fromEntries(
      noIndex.map((route) => [route, {noIndex: true}]),
    ),
  } as never);
  const entry = JSON.parse(
    readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as {languages: Record<string, {page_count: number}>};
  return entry.languages.ko!.page_count;
}

describe('the search index of a production build', () => {
  it('is built while the site bundles and moved into the build, leaving nothing behind', async () => {
    const records = await build();
    const reviews = content.posts.filter((post) => post.kind === 'review');
    const papers = reviews.flatMap((post) => post.papers).length;
    expect(records).toBe(papers + reviews.length);
    expect(
      existsSync(path.join(root, '.docusaurus', 'search-index-staging')),
    ).toBe(false);
  }, 60_000);

  it('leaves out a page the build marked unlisted, though the early index had it', async () => {
    const all = await build();
    const hidden = content.posts.find((post) => post.kind === 'review')!;
    const withoutHidden = await build([hidden.permalink]);
    expect(withoutHidden).toBe(all - hidden.papers.length - 1);
  }, 60_000);
});
