/**
 * The content rules: every rule about what a post may contain, written once
 * and run by the MDX pipeline (`remarkContentRules`, per post) and by
 * `lint-posts` (every post and the site-wide rules, in one run); the one
 * load of a site's posts; and the ledger of published anchors.
 */
export {exitCode, formatJson, formatText, summary} from './format';
export {
  LEDGER_FILE,
  publishedAnchors,
  readLedger,
  renderLedger,
  updateLedger,
  type LedgerUpdate,
} from './ledger';
export {RULES, type RuleId, type RuleInfo, type Severity} from './registry';
export {KNOWN_PAGE_ROUTES, resolveLink, type ResolvedLink} from './routes';
export {formatProblem, problemsOf} from './report';
export {
  POST_CHECKS,
  SITE_CHECKS,
  checkPost,
  checkSite,
  lintPosts,
  type LintResult,
  type PostCheck,
  type SiteCheck,
} from './runner';
export {
  DEFAULT_MAX_IMAGE_KB,
  LintUsageError,
  loadSite,
  loadedPost,
  postFromTree,
  type LintOptions,
  type ParsedPosts,
} from './load';
export {parseInParallel} from './parallelParse';
export {KATEX_OPTIONS} from './checks/math';
export type {LintPost, Problem, Site} from './types';
