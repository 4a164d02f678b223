import {escapeMarkdownHeadingIds} from '@docusaurus/utils';

/** A 1-based line and column in a text. */
export interface TextPoint {
  line: number;
  column: number;
}

/**
 * Maps offsets in the text `parseMdx` parsed back to offsets in the author's
 * source. Docusaurus escapes `{#id}` in headings before parsing, which shifts
 * every later offset on the way; edits must land on the author's own bytes.
 */
export function sourceOffsets(source: string): (parsed: number) => number {
  const parsed = escapeMarkdownHeadingIds(source);
  if (parsed === source) return (offset) => offset;
  // The escaping only ever inserts backslashes; find where.
  const inserted: number[] = [];
  let at = 0;
  for (let index = 0; index < parsed.length; index += 1) {
    if (at < source.length && parsed[index] === source[at]) {
      at += 1;
    } else {
      inserted.push(index);
    }
  }
  if (
    at !== source.length ||
    inserted.some((index) => parsed[index] !== '\\')
  ) {
    throw new Error(
      'escaping heading ids did more than insert backslashes; offsets cannot be mapped back',
    );
  }
  return (offset) => offset - inserted.filter((index) => index < offset).length;
}

/** Turns offsets into lines and columns of `text`. */
export function pointLocator(text: string): (offset: number) => TextPoint {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\n') lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1};
  };
}
