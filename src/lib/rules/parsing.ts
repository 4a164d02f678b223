import {ContentError, parseMdx} from '../review';
import type {ParseProblem} from './types';
import type {Root} from 'mdast';

// Starts of text that MDX would read as the name of a JSX tag.
const TAG_LIKE = /[0-9\p{Script=Hangul}]/u;
// Each recovery re-parses the post; past this many the post needs a look.
const MAX_RECOVERIES = 50;

/**
 * Parses a post with the site's parser, reporting every syntax error rather
 * than the first: when MDX stops at a `<` that the author meant as "less
 * than" (`<3`, `<한계`), that spot is reported and read as text; at any other
 * error, the block it is in is reported and blanked, and parsing goes on
 * past it. Blanking keeps every later line and column true. The tree of a
 * post read around an error is returned for the per-post rules; `complete`
 * says whether it is the whole post.
 */
export function parseWithRecovery(
  source: string,
  file: string,
): {tree?: Root; complete: boolean; problems: ParseProblem[]} {
  const problems: ParseProblem[] = [];
  let text = source;
  let complete = true;
  for (let attempt = 0; attempt <= MAX_RECOVERIES; attempt += 1) {
    try {
      return {tree: parseMdx(text, file), complete, problems};
    } catch (error) {
      if (!(error instanceof ContentError) || error.line === undefined) {
        throw error;
      }
      const offset = offsetOf(text, error.line, error.column ?? 1);
      const lessThan = tagLikeLessThan(text, offset);
      const reason = mdxReason(error);
      if (lessThan === undefined) {
        problems.push({
          rule: 'mdx-syntax',
          line: error.line,
          column: error.column ?? 1,
          message: `MDX cannot read this post: ${reason}`,
          fix: 'fix the syntax at that spot; in prose write \\{ \\} \\< for literal braces and less-than, or put the text in `code`',
        });
        const blanked = blankBlock(text, offset);
        if (blanked === text) {
          return {complete: false, problems};
        }
        text = blanked;
        complete = false;
        continue;
      }
      const point = pointAt(text, lessThan);
      const snippet = /^<[^\s<]{0,12}/u.exec(text.slice(lessThan))![0];
      problems.push({
        rule: 'mdx-less-than',
        ...point,
        message: `\`${snippet}\` starts a JSX tag in MDX, not a less-than sign (${reason})`,
        fix: 'write \\< (or &lt;) for a literal less-than sign, or put the comparison in `code` or $math$',
      });
      // A same-length stand-in keeps every later line and column true.
      text = `${text.slice(0, lessThan)}＜${text.slice(lessThan + 1)}`;
    }
  }
  return {complete: false, problems};
}

/**
 * The text with the block around `offset` (up to the blank lines around it)
 * turned into spaces, line breaks kept.
 */
function blankBlock(text: string, offset: number): string {
  const start = text.lastIndexOf('\n\n', Math.max(offset - 1, 0)) + 1;
  const nextBreak = text.indexOf('\n\n', offset);
  const end = nextBreak < 0 ? text.length : nextBreak;
  return (
    text.slice(0, start) +
    text.slice(start, end).replace(/[^\n]/g, ' ') +
    text.slice(end)
  );
}

/**
 * The `<` before a digit or Hangul that MDX tripped over: in the paragraph
 * of the error, the last one before it, else the first one after it (MDX
 * may report an unclosed tag from the start of its paragraph).
 */
function tagLikeLessThan(text: string, offset: number): number | undefined {
  const start = text.lastIndexOf('\n\n', Math.max(offset - 1, 0));
  const nextBreak = text.indexOf('\n\n', offset);
  const end = nextBreak < 0 ? text.length : nextBreak;
  let before: number | undefined;
  let after: number | undefined;
  for (let index = start + 1; index < end; index += 1) {
    if (text[index] === '<' && TAG_LIKE.test(text[index + 1] ?? '')) {
      if (index <= offset) {
        before = index;
      } else {
        after ??= index;
      }
    }
  }
  return before ?? after;
}

function mdxReason(error: ContentError): string {
  const place = [error.file, error.line, error.column]
    .filter((part) => part !== undefined)
    .join(':');
  let reason = error.message.startsWith(`${place}: `)
    ? error.message.slice(place.length + 2)
    : error.message;
  if (error.hint && reason.endsWith(` (${error.hint})`)) {
    reason = reason.slice(0, -(error.hint.length + 3));
  }
  return reason.replace(/^MDX syntax error: /, '');
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) {
      return text.length;
    }
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

function pointAt(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return {line, column: offset - before.lastIndexOf('\n')};
}
