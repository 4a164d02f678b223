import {formatProblem, type Problem} from '../../lib/rules';

/** What to print about the site-wide problems of one load. */
export interface SiteProblemReport {
  lines: string[];
  /** The problems as printed, to compare the next load with. */
  printed: ReadonlySet<string>;
}

/**
 * The lines that report `problems` after `earlier` were printed by the
 * previous load: each new problem in full, and one line each for those
 * fixed since and those still standing. The dev server loads the site
 * again on every edit; repeating every warning of every post each time
 * would bury what the edit changed.
 */
export function reportSiteProblems(
  problems: readonly Problem[],
  earlier: ReadonlySet<string> = new Set(),
): SiteProblemReport {
  const printed = new Set(problems.map(formatProblem));
  const lines = [...printed]
    .filter((problem) => !earlier.has(problem))
    .map((problem) => `[content] ${problem}`);
  const fixed = [...earlier].filter((problem) => !printed.has(problem)).length;
  const standing = printed.size - lines.length;
  if (fixed > 0) {
    lines.push(
      `[content] ${fixed} site-wide problem${fixed === 1 ? '' : 's'} fixed`,
    );
  }
  if (standing > 0) {
    lines.push(
      `[content] ${standing} site-wide problem${standing === 1 ? '' : 's'} reported earlier still stand${standing === 1 ? 's' : ''} (npm run lint-posts lists them all)`,
    );
  }
  return {lines, printed};
}
