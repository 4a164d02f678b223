/**
 * The hostile fixture site itself: one post per attack, each holding its
 * snippet on the line the expected table records. Needs no build.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLEAN_POST, HOSTILE_POSTS, HOSTILE_SITE, POST_FOLDER} from './expected';

const folder = path.join(HOSTILE_SITE, POST_FOLDER);
const lines = (file: string) =>
  readFileSync(path.join(folder, file), 'utf8').split('\n');

describe('the hostile fixture site', () => {
  it.each(HOSTILE_POSTS)(
    '$file holds its snippet on line $line ($attack)',
    ({file, line, snippet}) => {
      expect(lines(file)[line - 1]).toContain(snippet);
    },
  );

  it('gives every post a level-1 heading with its own date', () => {
    for (const file of [CLEAN_POST, ...HOSTILE_POSTS.map((p) => p.file)]) {
      const [, year, month, day] = /^(\d{4})(\d{2})(\d{2})\.mdx$/.exec(file)!;
      expect(lines(file), file).toContain(
        `# ${year}-${month}-${day} papers review`,
      );
    }
  });

  it('has one post per October 2025 date and every post in the table', () => {
    const posts = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
    const listed = [CLEAN_POST, ...HOSTILE_POSTS.map((post) => post.file)];
    expect(new Set(listed).size).toBe(listed.length);
    expect(posts.sort()).toEqual([...listed].sort());
    for (const file of listed) {
      const day = Number(file.slice(6, 8));
      expect(file.slice(0, 6), file).toBe('202510');
      expect(day, file).toBeGreaterThanOrEqual(1);
      expect(day, file).toBeLessThanOrEqual(31);
    }
  });
});
