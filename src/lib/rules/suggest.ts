import {distance} from 'fastest-levenshtein';

/**
 * The candidate nearest to a misspelling, for "did you mean" hints; none
 * when even the nearest needs edits to more than `share` of the text.
 */
export function suggest(
  text: string,
  candidates: Iterable<string>,
  share = 1 / 3,
): string | undefined {
  const budget = Math.max(1, Math.floor(text.length * share));
  let best: {candidate: string; distance: number} | undefined;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - text.length) > budget) {
      continue;
    }
    const edits = distance(text, candidate);
    if (edits <= budget && (!best || edits < best.distance)) {
      best = {candidate, distance: edits};
    }
  }
  return best?.candidate;
}
