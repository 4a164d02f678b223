import {describe, expect, it} from 'vitest';
import {
  ContentError,
  calendarDate,
  parseIsoDate,
  parsePostPath,
  postDocPath,
} from '../../src/lib/review';

describe('parsePostPath', () => {
  it('reads the date and public URL of a post from its path', () => {
    expect(parsePostPath('docs/papers/y2025/oct/20251027.mdx')).toEqual({
      date: {year: 2025, month: 10, day: 27, iso: '2025-10-27'},
      docPath: 'papers/y2025/oct/20251027.mdx',
      permalink: '/docs/papers/y2025/oct/20251027',
    });
  });

  it('accepts Windows separators and Docusaurus @site paths', () => {
    expect(
      parsePostPath('docs\\papers\\y2024\\feb\\20240229.mdx').date.iso,
    ).toBe('2024-02-29');
    expect(
      parsePostPath('@site/docs/papers/y2025/jan/20250101.mdx').permalink,
    ).toBe('/docs/papers/y2025/jan/20250101');
  });

  it.each([
    ['docs/papers/y2025/dec/20251399.mdx', 'is not a real calendar date'],
    ['docs/papers/y2025/feb/20250229.mdx', 'is not a real calendar date'],
    ['docs/papers/y2025/oct/2025-10-27.mdx', 'is not YYYYMMDD.mdx'],
    ['docs/papers/y2025/oct/20251027.md', 'is not YYYYMMDD.mdx'],
    [
      'docs/papers/y2024/oct/20251027.mdx',
      'folder y2024/oct does not match the date 2025-10-27',
    ],
    [
      'docs/papers/y2025/nov/20251027.mdx',
      'folder y2025/nov does not match the date 2025-10-27',
    ],
    [
      'docs/papers/20251027.mdx',
      'must live at docs/papers/yYYYY/<mon>/YYYYMMDD.mdx',
    ],
  ])('rejects %s, saying it %s', (file, reason) => {
    expect(() => parsePostPath(file)).toThrow(ContentError);
    expect(() => parsePostPath(file)).toThrow(reason);
    expect(() => parsePostPath(file)).toThrow(file);
  });

  it('tells where a misfiled post belongs', () => {
    expect(() => parsePostPath('docs/papers/y2025/nov/20251027.mdx')).toThrow(
      'move it to docs/papers/y2025/oct/',
    );
  });
});

describe('dates', () => {
  it('builds the doc path of a date', () => {
    expect(postDocPath(calendarDate(2025, 3, 5)!)).toBe(
      'papers/y2025/mar/20250305.mdx',
    );
  });

  it('never coerces an impossible date into another one', () => {
    expect(parseIsoDate('2025-13-45')).toBeUndefined();
    expect(parseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('2025-1-5')).toBeUndefined();
    expect(parseIsoDate('2025-10-27')?.iso).toBe('2025-10-27');
  });
});
