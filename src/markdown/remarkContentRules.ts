import path from 'node:path';
import {
  DEFAULT_MAX_IMAGE_KB,
  checkPost,
  formatProblem,
  loadedPost,
  postFromTree,
  problemsOf,
  type LintPost,
  type ParsedPosts,
  type Problem,
} from '../lib/rules';
import {displayPath} from './displayPath';
import type {Root} from 'mdast';
import type {Processor} from 'unified';
import type {VFile} from 'vfile';

/** Options: the posts the site's one load parsed. */
export interface ContentRulesOptions {
  parsedPosts?: ParsedPosts;
  /**
   * Each post is compiled once after the load (a production build): MDX
   * takes the loaded tree itself rather than a copy, and the store lets go
   * of it, so the build does not carry every post's tree to the end.
   */
  compiledOnce?: boolean;
}

/**
 * Runs every per-post content rule on the tree MDX is compiling, so that
 * `docusaurus build`, `docusaurus start` and `lint-posts` enforce the same
 * rules: errors stop the compilation (the build fails, the dev server shows
 * its overlay) before any code of the post is evaluated; warnings are
 * printed with their file:line. Must be the first of
 * `beforeDefaultRemarkPlugins`, to see the post exactly as written.
 *
 * Given `parsedPosts`, MDX compiles the tree the site's one load parsed for
 * a post instead of parsing the same text again, and the rules check the
 * post as loaded; a post that changed since, or that the load could not
 * parse, is parsed and read as usual.
 */
export default function remarkContentRules(
  this: Processor,
  {parsedPosts, compiledOnce = false}: ContentRulesOptions = {},
) {
  /** The loaded post behind each file MDX is compiling from a loaded tree. */
  const loaded = new WeakMap<VFile, LintPost>();
  const parse = this.parser;
  if (parsedPosts && parse) {
    this.parser = (document, file) => {
      const post =
        file.path &&
        loadedPost(parsedPosts, path.resolve(file.cwd, file.path), document);
      if (!post) return parse(document, file);
      loaded.set(file, post);
      // A copy unless nothing will read the loaded tree again.
      return compiledOnce ? post.tree : structuredClone(post.tree);
    };
  }
  return (tree: Root, file: VFile): void => {
    const name = displayPath(file);
    const post =
      loaded.get(file) ??
      postFromTree({
        root: file.cwd,
        file: name,
        kind: name.startsWith('blog/') ? 'blog' : 'review',
        source: String(file.value),
        tree,
      });
    checkPost(post, file, {maxImageBytes: DEFAULT_MAX_IMAGE_KB * 1024});
    // The rules ran on the tree before any other plugin changes it.
    if (compiledOnce && loaded.has(file)) delete post.tree;
    const problems = problemsOf(file, name);
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      throw new ContentRulesError(problems);
    }
    for (const warning of problems) {
      console.warn(`[content] ${formatProblem(warning)}`);
    }
  };
}

/** What stops a post from compiling: every problem of the post, one per line. */
class ContentRulesError extends Error {
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'} (the post may contain only what the content rules allow):\n${problems.map(formatProblem).join('\n')}`,
    );
    // Docusaurus prints the message, then the stack: where in this plugin
    // the error was raised says nothing to the author, so it says where to look.
    this.stack =
      'each problem is listed above with its file:line:column and fix';
  }
}
// On the prototype, so that Docusaurus prints no JSON of the error's fields.
ContentRulesError.prototype.name = 'ContentRulesError';
