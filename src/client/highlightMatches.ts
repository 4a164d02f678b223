/**
 * Marks the words of a filter where they occur in the shown rows, with the
 * CSS Custom Highlight API: no element of the list is touched, so the rows
 * React rendered once stay as they are. Browsers without the API show no
 * marks; the filter works all the same.
 */

/** The highlight's name; style it with `::highlight(filter-match)`. */
export const HIGHLIGHT_NAME = 'filter-match';

/** Ranges of each of `terms` (lower case) in the text under `roots`. */
export function matchRanges(
  roots: readonly Element[],
  terms: readonly string[],
): Range[] {
  const ranges: Range[] = [];
  const wanted = terms.filter(Boolean);
  if (wanted.length === 0) return ranges;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').toLowerCase();
      for (const term of wanted) {
        for (
          let at = text.indexOf(term);
          at >= 0;
          at = text.indexOf(term, at + term.length)
        ) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + term.length);
          ranges.push(range);
        }
      }
    }
  }
  return ranges;
}

/** Shows `ranges` as the filter's matches, replacing the previous ones. */
export function showMatches(ranges: readonly Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) {
    CSS.highlights.delete(HIGHLIGHT_NAME);
    return;
  }
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}
