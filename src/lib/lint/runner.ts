import {RULES} from './registry';
import {checkAnchors} from './rules/anchors';
import {checkAssets} from './rules/assets';
import {checkFigures} from './rules/figures';
import {checkFrontMatter} from './rules/frontMatter';
import {checkLinks} from './rules/links';
import {checkMdxHazards} from './rules/mdxHazards';
import {checkOrgs} from './rules/orgs';
import {checkPapers} from './rules/papers';
import {checkPaths} from './rules/paths';
import {checkSafety} from './rules/safety';
import {checkUniqueness} from './rules/uniqueness';
import {loadSite, type LintOptions} from './site';
import type {Problem, Report, Site} from './types';

/** A check over the site; each reports the rules of one concern. */
export type Check = (site: Site, report: Report) => void;

/** Every check, one concern each, in the order their problems matter least to most. */
export const CHECKS: readonly Check[] = [
  checkPaths,
  checkFrontMatter,
  checkUniqueness,
  checkAssets,
  checkFigures,
  checkPapers,
  checkOrgs,
  checkMdxHazards,
  checkSafety,
  checkLinks,
  checkAnchors,
];

/** What a lint run found. */
export interface LintResult {
  /** Sorted by file, line, column. */
  problems: Problem[];
  errors: number;
  warnings: number;
  /** How many posts were checked. */
  posts: number;
  /** Milliseconds spent reading and parsing, and running the checks. */
  timings: {load: number; check: number};
}

/**
 * Checks review posts for the mistakes Docusaurus lets through silently and
 * returns every problem with its place and fix, sorted by file and line.
 */
export function lintPosts(options: LintOptions = {}): LintResult {
  const started = performance.now();
  const site = loadSite(options);
  const loaded = performance.now();
  const problems = checkSite(site);
  return {
    problems,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning')
      .length,
    posts: site.targets.length,
    timings: {load: loaded - started, check: performance.now() - loaded},
  };
}

/** Runs every check over a loaded site. */
export function checkSite(
  site: Site,
  checks: readonly Check[] = CHECKS,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report: Report = (reported) => {
    const problem: Problem = {
      file: reported.file,
      line: reported.line ?? 1,
      column: reported.column ?? 1,
      severity: RULES[reported.rule].severity,
      rule: reported.rule,
      message: reported.message,
      ...(reported.fix && {fix: reported.fix}),
    };
    // Two routes to the same finding (a tag and its JavaScript) say it once.
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.rule}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  };
  for (const check of checks) {
    check(site, report);
  }
  return problems.sort(compareProblems);
}

function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
