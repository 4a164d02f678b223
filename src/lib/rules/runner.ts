import path from 'node:path';
import {VFile} from 'vfile';
import {checkAllowlist} from './checks/allowlist';
import {checkAnchors} from './checks/anchors';
import {checkAssets, checkOrphanAssets} from './checks/assets';
import {checkFigures} from './checks/figures';
import {checkFrontMatter} from './checks/frontMatter';
import {checkLinks} from './checks/links';
import {checkMath} from './checks/math';
import {checkMdxHazards} from './checks/mdxHazards';
import {checkOrgs} from './checks/orgs';
import {checkPapers} from './checks/papers';
import {checkPath} from './checks/paths';
import {checkStructure} from './checks/structure';
import {checkUniqueness} from './checks/uniqueness';
import {loadSite, type LintOptions} from './load';
import {attachProblem, problemsOf} from './report';
import type {LintPost, PostContext, Problem, Report, Site} from './types';

/** A rule over one post; what the MDX pipeline runs as each post compiles. */
export type PostCheck = (
  post: LintPost,
  report: Report,
  context: PostContext,
) => void;

/** A rule over the whole site, run on the one load of every post. */
export type SiteCheck = (site: Site, report: Report) => void;

/** Every rule about a single post. */
export const POST_CHECKS: readonly PostCheck[] = [
  checkPath,
  checkStructure,
  checkFrontMatter,
  checkAssets,
  checkFigures,
  checkPapers,
  checkOrgs,
  checkMdxHazards,
  checkMath,
  checkAllowlist,
];

/** Every rule that needs the other posts: URLs, links, anchors, orphans. */
export const SITE_CHECKS: readonly SiteCheck[] = [
  checkUniqueness,
  checkOrphanAssets,
  checkLinks,
  checkAnchors,
];

/** Runs every per-post rule, attaching what it finds to the post's file. */
export function checkPost(
  post: LintPost,
  file: VFile,
  context: PostContext,
): void {
  const report: Report = (problem) => attachProblem(file, problem);
  for (const check of POST_CHECKS) {
    check(post, report, context);
  }
}

/** Runs every site-wide rule and returns what they found, sorted. */
export function checkSite(site: Site): Problem[] {
  const files = new Files(site.root);
  for (const check of SITE_CHECKS) {
    check(site, files.report);
  }
  return files.problems();
}

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
 * Runs every content rule, per post and site-wide, over the posts of a
 * site, and returns every problem with its place and fix.
 */
export function lintPosts(options: LintOptions = {}): LintResult {
  const started = performance.now();
  const site = loadSite(options);
  const loaded = performance.now();
  const files = new Files(site.root);
  for (const post of site.targets) {
    checkPost(post, files.get(post.file), site.context);
  }
  for (const check of SITE_CHECKS) {
    check(site, files.report);
  }
  const problems = files.problems();
  return {
    problems,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning')
      .length,
    posts: site.targets.length,
    timings: {load: loaded - started, check: performance.now() - loaded},
  };
}

/** One virtual file per reported path, as unified reports problems. */
class Files {
  readonly #files = new Map<string, VFile>();

  constructor(readonly root: string) {}

  get(name: string): VFile {
    let file = this.#files.get(name);
    if (!file) {
      file = new VFile({path: path.join(this.root, name), cwd: this.root});
      this.#files.set(name, file);
    }
    return file;
  }

  report: Report = (problem) => {
    attachProblem(this.get(problem.file), problem);
  };

  problems(): Problem[] {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const [name, file] of this.#files) {
      for (const problem of problemsOf(file, name)) {
        // Two routes to the same finding (a tag and its JavaScript) say it once.
        const key = `${problem.file}:${problem.line}:${problem.column}:${problem.rule}:${problem.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          problems.push(problem);
        }
      }
    }
    return problems.sort(compareProblems);
  }
}

function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
