import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {compareTrees, formatDifferences} from '../../scripts/lib/compareTrees';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A build-like tree of `files`. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compare-trees-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const PAGE =
  '<!doctype html><html lang=ko><title>2025년 10월 27일 논문 리뷰</title><p>리뷰 본문</p>';

describe('comparing two builds byte for byte', () => {
  it('finds nothing between identical trees', () => {
    const files = {'index.html': PAGE, 'docs/a/index.html': PAGE};
    expect(compareTrees(tree(files), tree(files))).toEqual([]);
  });

  it('names a page whose post changed by one byte, and the byte', () => {
    const changed = PAGE.replace('리뷰 본문', '리뷰 본몬');
    const differences = compareTrees(
      tree({'index.html': PAGE, 'docs/a/index.html': PAGE}),
      tree({'index.html': PAGE, 'docs/a/index.html': changed}),
    );
    const offset = Buffer.from(PAGE).indexOf(Buffer.from('문</p>'));
    expect(differences).toEqual([
      expect.objectContaining({
        file: 'docs/a/index.html',
        kind: 'changed',
        // 문 and 몬 share their first UTF-8 byte.
        offset: offset + 1,
        first: '"문</p>"',
        second: '"몬</p>"',
      }),
    ]);
    expect(
      formatDifferences(differences, {first: 'cold', second: 'warm'})[0],
    ).toMatch(/^ {2}docs\/a\/index\.html: differs from byte \d+\n {4}cold: /);
  });

  it('names files only one build has, and counts those past the limit', () => {
    const differences = compareTrees(
      tree({'a.js': 'x', 'b.js': 'x', 'c.js': 'x'}),
      tree({'b.js': 'x', 'd.js': 'x', 'e.js': 'x'}),
    );
    expect(differences.map(({file, kind}) => `${file} ${kind}`)).toEqual([
      'a.js only-in-first',
      'c.js only-in-first',
      'd.js only-in-second',
      'e.js only-in-second',
    ]);
    const lines = formatDifferences(
      differences,
      {first: 'first', second: 'second'},
      2,
    );
    expect(lines).toEqual([
      '  a.js: only in first',
      '  c.js: only in first',
      '  … and 2 more file(s)',
    ]);
  });
});
