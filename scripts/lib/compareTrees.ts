import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** How two build trees differ at one file. */
export type TreeDifference =
  | {file: string; kind: 'only-in-first' | 'only-in-second'}
  | {
      file: string;
      kind: 'changed';
      offset: number;
      first: string;
      second: string;
    };

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), {
      withFileTypes: true,
    })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk('');
  return files.sort();
}

/** The first byte at which `a` and `b` differ (their shorter length if one is a prefix). */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    if (a[index] !== b[index]) return index;
  }
  return length;
}

/**
 * About 40 bytes from `offset`, as one line of text: from the start of the
 * UTF-8 character the offset falls in, so Korean text reads as itself.
 */
function excerpt(bytes: Uint8Array, offset: number): string {
  let start = offset;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
  return JSON.stringify(
    Buffer.from(bytes.subarray(start, start + 40)).toString('utf8'),
  );
}

/** The files that differ between two trees, byte for byte, in path order. */
export function compareTrees(first: string, second: string): TreeDifference[] {
  const a = listFiles(first);
  const b = new Set(listFiles(second));
  const differences: TreeDifference[] = [];
  for (const file of a) {
    if (!b.has(file)) {
      differences.push({file, kind: 'only-in-first'});
      continue;
    }
    b.delete(file);
    const left = readFileSync(path.join(first, file));
    const right = readFileSync(path.join(second, file));
    if (left.equals(right)) continue;
    const offset = firstDifference(left, right);
    differences.push({
      file,
      kind: 'changed',
      offset,
      first: excerpt(left, offset),
      second: excerpt(right, offset),
    });
  }
  for (const file of b) differences.push({file, kind: 'only-in-second'});
  return differences.sort((x, y) => x.file.localeCompare(y.file));
}

/** Lines naming the first `limit` differences, for a terminal. */
export function formatDifferences(
  differences: readonly TreeDifference[],
  names: {first: string; second: string},
  limit = 10,
): string[] {
  const lines = differences.slice(0, limit).map((difference) => {
    switch (difference.kind) {
      case 'only-in-first':
        return `  ${difference.file}: only in ${names.first}`;
      case 'only-in-second':
        return `  ${difference.file}: only in ${names.second}`;
      case 'changed':
        return (
          `  ${difference.file}: differs from byte ${difference.offset}\n` +
          `    ${names.first}: ${difference.first}\n` +
          `    ${names.second}: ${difference.second}`
        );
    }
  });
  if (differences.length > limit) {
    lines.push(`  … and ${differences.length - limit} more file(s)`);
  }
  return lines;
}
