/**
 * Properties of the production build itself, read from `build/`: it must be
 * the same whichever folder the site was built in.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {expect, test} from '@playwright/test';
import {PNG} from 'pngjs';
import {BUILD_DIR} from './buildDir';

const BUILD = BUILD_DIR;

test('the build never contains the folder it was built in', () => {
  const siteDir = path.join(__dirname, '..', '..');
  const leaks = readdirSync(BUILD, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(?:html|js|css|json|xml|txt)$/.test(file))
    .filter((file) =>
      readFileSync(path.join(BUILD, file), 'utf8').includes(siteDir),
    );
  expect(leaks, `files that mention ${siteDir}`).toEqual([]);
});

test('KaTeX fonts are separate files, never inlined in the stylesheet', () => {
  const cssDir = path.join(BUILD, 'assets', 'css');
  for (const file of readdirSync(cssDir)) {
    const css = readFileSync(path.join(cssDir, file), 'utf8');
    expect(css).toContain('KaTeX_Main');
    expect(css).not.toMatch(/url\(\s*["']?data:font/);
  }
  const fonts = readdirSync(path.join(BUILD, 'assets', 'fonts'));
  expect(fonts.some((file) => /^KaTeX_Main-Regular.*\.woff2$/.test(file))).toBe(
    true,
  );
});

test('papers.json validates against its published schema', () => {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  const schema = JSON.parse(
    readFileSync(path.join(BUILD, 'papers.schema.json'), 'utf8'),
  );
  const data = JSON.parse(
    readFileSync(path.join(BUILD, 'papers.json'), 'utf8'),
  );
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.papers.length).toBeGreaterThanOrEqual(10);
});

test('robots.txt names the sitemap, which the build has', () => {
  const robots = readFileSync(path.join(BUILD_DIR, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap\.xml$/);
  expect(existsSync(path.join(BUILD_DIR, 'sitemap.xml'))).toBe(true);
});

test('no page links to an edit page when no repository is configured', () => {
  test.skip(Boolean(process.env.REPOSITORY_URL), 'a repository is configured');
  const review = readFileSync(
    path.join(BUILD_DIR, 'docs/papers/y2025/oct/20251027/index.html'),
    'utf8',
  );
  expect(review).not.toContain('theme-edit-this-page');
});

test('the blog has its own feeds, advertised on its pages, listing its posts', () => {
  const blogIndex = readFileSync(
    path.join(BUILD_DIR, 'blog/index.html'),
    'utf8',
  );
  for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
    expect(blogIndex).toContain(`href=/blog/${file}`);
  }
  const rss = readFileSync(path.join(BUILD_DIR, 'blog/rss.xml'), 'utf8');
  // A post is a page of its own under /blog/; list pages have their folders.
  const posts = readdirSync(path.join(BUILD_DIR, 'blog'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => !['archive', 'authors', 'tags', 'page'].includes(name));
  expect(posts.length).toBeGreaterThan(0);
  for (const post of posts) {
    expect(rss).toContain(`/blog/${post}</link>`);
  }
});

test("a review's description, in search results and link previews, names its papers", () => {
  const review = readFileSync(
    path.join(BUILD_DIR, 'docs/papers/y2025/oct/20251027/index.html'),
    'utf8',
  );
  for (const attribute of ['name=description', 'property=og:description']) {
    const tags = review.match(
      new RegExp(`<meta[^>]*${attribute} content="([^"]*)"`, 'g'),
    );
    expect(tags, attribute).toHaveLength(1);
    expect(tags![0]).toContain('content="논문 9편: A Definition of AGI · ');
  }
});

test('every post is also published as Markdown, linked from its page and llms.txt, with its images', () => {
  const llms = readFileSync(path.join(BUILD_DIR, 'llms.txt'), 'utf8');
  for (const permalink of [
    '/docs/papers/y2025/oct/20251027',
    '/docs/papers/y2025/oct/20251021',
    '/blog/how-reviews-are-written',
  ]) {
    const copy = readFileSync(path.join(BUILD_DIR, `${permalink}.md`), 'utf8');
    expect(copy, permalink).toMatch(/^# \S/);
    // No imports of its own (a code example may show one).
    expect(copy.split('```')[0]).not.toMatch(/^import /m);
    expect(llms).toContain(`${permalink}.md)`);
    for (const image of copy.matchAll(/!\[[^\]]*\]\((\.\/[^)]+)\)/g)) {
      expect(
        existsSync(path.join(BUILD_DIR, path.dirname(permalink), image[1]!)),
        image[1],
      ).toBe(true);
    }
  }
  const review = readFileSync(
    path.join(BUILD_DIR, 'docs/papers/y2025/oct/20251027/index.html'),
    'utf8',
  );
  expect(review).toContain(
    'rel=alternate type=text/markdown href=/docs/papers/y2025/oct/20251027.md',
  );
});

test('each review page names its title, description and a social card that exists, 1200×630 PNG', async ({
  page,
}) => {
  for (const review of ['20251027', '20251021']) {
    await page.goto(`/docs/papers/y2025/oct/${review}`);
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('og:title')).toMatch(/논문 리뷰/);
    expect(await meta('og:description')).toMatch(/\S{10}/);
    const image = await meta('og:image');
    expect(image).toMatch(
      new RegExp(`/social/docs/papers/y2025/oct/${review}\\.png$`),
    );
    expect(await meta('og:image:width')).toBe('1200');
    expect(await meta('og:image:height')).toBe('630');
    expect(
      await page.locator('meta[name="twitter:image"]').getAttribute('content'),
    ).toBe(image);
    const png = PNG.sync.read(
      readFileSync(path.join(BUILD, new URL(image!).pathname)),
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
  }
});
