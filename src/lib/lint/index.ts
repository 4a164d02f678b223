/**
 * `lint-posts`: every content mistake of the review posts, with its place
 * and fix, before a build; and the ledger of published anchors.
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
export {KNOWN_PAGE_ROUTES} from './routes';
export {
  CHECKS,
  checkSite,
  lintPosts,
  type Check,
  type LintResult,
} from './runner';
export {
  DEFAULT_MAX_IMAGE_KB,
  LintUsageError,
  loadSite,
  type LintOptions,
} from './site';
export type {Problem} from './types';
