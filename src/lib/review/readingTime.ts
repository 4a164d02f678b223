/**
 * Hangul syllables read per minute, and Latin words: the usual figures for
 * silent reading of Korean (about 500 characters) and English (about 230
 * words). A mixed review is counted as both.
 */
const HANGUL_PER_MINUTE = 500;
const WORDS_PER_MINUTE = 230;

/** Whole minutes, at least one, to read `text` (prose, without code or math). */
export function readingMinutes(text: string): number {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g)?.length ?? 0;
  return Math.max(
    1,
    Math.round(hangul / HANGUL_PER_MINUTE + words / WORDS_PER_MINUTE),
  );
}
