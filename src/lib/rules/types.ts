import type {PostNodes} from './postNodes';
import type {RuleId, Severity} from './registry';
import type {
  FrontMatterDocument,
  PaperSection,
  PostLocation,
  PostPathCheck,
  PublicAnchor,
} from '../review';
import type {Root} from 'mdast';

/** One thing wrong in the content, where it is and how to fix it. */
export interface Problem {
  /** Path relative to the site folder, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
  fix?: string;
}

/** What a rule hands in; the severity comes from the rule table. */
export interface ReportedProblem {
  rule: RuleId;
  file: string;
  line?: number;
  column?: number;
  message: string;
  fix?: string;
}

/** Collects problems from the rules. */
export type Report = (problem: ReportedProblem) => void;

/** A problem found while parsing, before any rule could look at the tree. */
export interface ParseProblem {
  rule: 'mdx-syntax' | 'mdx-less-than';
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** What a per-post rule may need besides the post. */
export interface PostContext {
  /** The largest image a post may use, in bytes. */
  maxImageBytes: number;
}

/** A post as every rule sees it: read, located and parsed once. */
export interface LintPost {
  /** A dated review under docs/papers, or a blog post. */
  kind: 'review' | 'blog';
  /** Relative to the site folder, with forward slashes. */
  file: string;
  absolutePath: string;
  source: string;
  path: PostPathCheck;
  /** Set when the path names a real date. */
  location?: PostLocation;
  /** Undefined when the MDX could not be parsed at all. */
  tree?: Root;
  /**
   * False when MDX stopped at a syntax error and the tree was read around
   * it: per-post rules still look at it, site-wide ones and the index wait
   * for the post to be fixed.
   */
  complete: boolean;
  parseProblems: ParseProblem[];
  frontMatter?: FrontMatterDocument;
  /** Front matter as plain data, `{}` when it has none or it is invalid. */
  data: Record<string, unknown>;
  /** Where Docusaurus serves it, after any `slug` or `id`. */
  url?: string;
  /** Its document id, unique per year: `y2025/oct/20251027`. */
  docId?: string;
  /** Drafts are left out of production builds, so they publish nothing. */
  draft: boolean;
  sections: PaperSection[];
  anchors: PublicAnchor[];
  /** The nodes rules look at, gathered in one walk of the tree. */
  nodes: PostNodes;
}

/** A page of the site links may point at, with its anchors when known. */
export interface Route {
  url: string;
  /** `undefined` when the page's anchors are not known to the linter. */
  anchors?: ReadonlySet<string>;
  /** The file behind it, for messages. */
  file?: string;
}

/** Everything the rules may look at. */
export interface Site {
  /** Absolute path of the site folder. */
  root: string;
  /** Every review post, parsed. */
  posts: LintPost[];
  /** Every blog post, parsed. */
  blogPosts: LintPost[];
  /** The posts problems are reported for. */
  targets: LintPost[];
  /** True when every post is a target, so site-wide checks may report. */
  wholeSite: boolean;
  /** Every page links may point at, by URL. */
  routes: ReadonlyMap<string, Route>;
  /** The pages that are not review posts: blog posts and known pages. */
  pages: ReadonlyMap<string, Route>;
  /** Route patterns ending in `/*` that accept any page below them. */
  routePrefixes: readonly string[];
  /** Files below `docs/papers` that are not posts, relative, sorted. */
  otherFiles: string[];
  context: PostContext;
  /** Lines of `anchors.lock`, when the site has one. */
  ledger?: LedgerEntry[];
}

/** One published anchor recorded in `anchors.lock`. */
export interface LedgerEntry {
  url: string;
  anchor: string;
  line: number;
}
