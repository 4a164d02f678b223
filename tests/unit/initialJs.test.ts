import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  buildFileFor,
  formatInitialJs,
  gzipSize,
  summarize,
} from '../../scripts/lib/initialJs';

describe('buildFileFor', () => {
  let build: string;

  beforeAll(() => {
    build = mkdtempSync(path.join(tmpdir(), 'initial-js-'));
    mkdirSync(path.join(build, 'docs/post'), {recursive: true});
    mkdirSync(path.join(build, 'assets/js'), {recursive: true});
    writeFileSync(path.join(build, 'index.html'), '<html></html>');
    writeFileSync(path.join(build, 'docs/post/index.html'), '<html></html>');
    writeFileSync(path.join(build, 'about.html'), '<html></html>');
    writeFileSync(path.join(build, 'assets/js/main.js'), 'run();');
  });
  afterAll(() => rmSync(build, {recursive: true, force: true}));

  it('finds files, folder index pages and .html pages as a static server does', () => {
    expect(buildFileFor(build, '/assets/js/main.js')).toBe(
      path.join(build, 'assets/js/main.js'),
    );
    expect(buildFileFor(build, '/docs/post')).toBe(
      path.join(build, 'docs/post/index.html'),
    );
    expect(buildFileFor(build, '/docs/post/')).toBe(
      path.join(build, 'docs/post/index.html'),
    );
    expect(buildFileFor(build, '/about')).toBe(path.join(build, 'about.html'));
    expect(buildFileFor(build, '/')).toBe(path.join(build, 'index.html'));
  });

  it('accepts a build folder given relative to the working directory', () => {
    const relative = path.relative(process.cwd(), build);
    expect(buildFileFor(relative, '/docs/post')).toBe(
      path.join(build, 'docs/post/index.html'),
    );
  });

  it('answers undefined for missing files and paths that climb out of the build', () => {
    expect(buildFileFor(build, '/nowhere')).toBeUndefined();
    expect(buildFileFor(build, '/../etc/passwd')).toBeUndefined();
    expect(buildFileFor(build, '/%2e%2e/etc/passwd')).toBeUndefined();
  });
});

describe('gzipSize', () => {
  it('is smaller than repetitive content', () => {
    const content = Buffer.from('const a = 1;\n'.repeat(200));
    expect(gzipSize(content)).toBeLessThan(content.length / 10);
  });

  it('counts the gzip header and trailer even for an empty file', () => {
    expect(gzipSize(new Uint8Array())).toBe(20);
  });
});

describe('summarize and formatInitialJs', () => {
  const result = summarize(
    '/docs/post',
    [
      {path: '/assets/js/main.js', bytes: 2048, gzip: 1024},
      {path: '/assets/js/a.js', bytes: 1024, gzip: 512},
    ],
    [{path: '/assets/css/styles.css', bytes: 4096, gzip: 1000}],
  );

  it('sorts files by path and totals scripts and stylesheets apart', () => {
    expect(result.scripts.map((script) => script.path)).toEqual([
      '/assets/js/a.js',
      '/assets/js/main.js',
    ]);
    expect(result.js).toEqual({bytes: 3072, gzip: 1536});
    expect(result.css).toEqual({bytes: 4096, gzip: 1000});
  });

  it('prints one line per file and the gzip bytes of each kind', () => {
    const text = formatInitialJs(result);
    expect(text).toContain('Initial JavaScript of /docs/post:');
    expect(text).toContain('Initial CSS of /docs/post:');
    expect(text).toMatch(/\/assets\/js\/a\.js +1\.0 KB +0\.5 KB gzip/);
    expect(text).toMatch(/total +3\.0 KB +1\.5 KB gzip \(1536 bytes\)/);
    expect(text).toMatch(/total +4\.0 KB +1\.0 KB gzip \(1000 bytes\)/);
  });

  it('prints a zero total for a page without scripts', () => {
    const text = formatInitialJs(summarize('/empty', [], []));
    expect(text).toMatch(/total +0\.0 KB +0\.0 KB gzip \(0 bytes\)/);
  });
});
