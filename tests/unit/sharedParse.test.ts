/**
 * MDX compiles the tree the site's one load parsed instead of parsing the
 * post again. That is only right if the two parses agree: each post below is
 * compiled with MDX's own parse and with the shared tree, with the syntax
 * extensions Docusaurus gives MDX, in its order, and the output must match.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createProcessor} from '@mdx-js/mdx';
import remarkComment from '@slorber/remark-comment';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {VFile} from 'vfile';
import {describe, expect, it, vi} from 'vitest';
import {parseMdx} from '../../src/lib/review';
import {loadSite, postFromTree, type ParsedPosts} from '../../src/lib/rules';
import remarkContentRules from '../../src/markdown/remarkContentRules';

const SITES = ['.', 'tests/fixtures/index', 'tests/fixtures/hostile'].map(
  (site) => path.resolve(site),
);

/** Compiles a post as Docusaurus's MDX pipeline would, up to JavaScript. */
function compile(
  file: string,
  parsedPosts?: ParsedPosts,
  compiledOnce = false,
): string {
  const processor = createProcessor({
    remarkPlugins: [
      [remarkContentRules, {parsedPosts, compiledOnce}],
      remarkFrontmatter,
      remarkDirective,
      remarkGfm,
      remarkComment,
      remarkMath,
    ],
    format: /\.md$/.test(file) ? 'md' : 'mdx',
  });
  const value = escapeMarkdownHeadingIds(readFileSync(file, 'utf8'));
  return String(processor.processSync(new VFile({value, path: file})));
}

vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('compiling the tree of the one load', () => {
  for (const root of SITES) {
    const parsedPosts: ParsedPosts = new Map();
    const site = loadSite({root, parsed: parsedPosts});
    const compilable = [...site.posts, ...site.blogPosts].filter(
      (post) =>
        post.complete &&
        post.parseProblems.length === 0 &&
        // Posts the content rules reject never compile either way.
        (() => {
          try {
            compile(path.join(root, post.file));
            return true;
          } catch {
            return false;
          }
        })(),
    );

    it(`gives the same JavaScript as parsing again, for every post of ${path.relative(process.cwd(), root) || 'the site'}`, () => {
      expect(compilable.length).toBeGreaterThan(0);
      for (const post of compilable) {
        const file = path.join(root, post.file);
        expect(compile(file, parsedPosts), post.file).toBe(compile(file));
      }
    });
  }

  it('in a build, hands MDX the loaded tree itself and lets go of it after', () => {
    const root = path.resolve('.');
    const file = path.join(root, 'docs/papers/y2025/oct/20251027.mdx');
    const parsedPosts: ParsedPosts = new Map();
    loadSite({root, parsed: parsedPosts});
    const reference = compile(file);
    expect(compile(file, parsedPosts, true)).toBe(reference);
    expect(parsedPosts.get(file)?.tree).toBeUndefined();
    // Compiled again all the same, from its text.
    expect(compile(file, parsedPosts, true)).toBe(reference);
  });

  describe('a post whose text', () => {
    const root = path.resolve('.');
    const file = path.join(root, 'docs/papers/y2025/oct/20251021.mdx');
    /** A store holding, for the post, the tree of another text. */
    const storeWith = (source: string): ParsedPosts => {
      const parsedPosts: ParsedPosts = new Map();
      loadSite({root, parsed: parsedPosts});
      const other = parseMdx(
        '# 2025-10-21 papers review\n\n## 1. [Another Paper](https://huggingface.co/papers/2510.00001)\n\n다른 본문.\n',
        'docs/papers/y2025/oct/20251021.mdx',
      );
      parsedPosts.set(
        file,
        postFromTree({
          root,
          file: path.relative(root, file),
          kind: 'review',
          source,
          tree: other,
        }),
      );
      return parsedPosts;
    };

    it('is what the load parsed compiles the tree of the load', () => {
      const output = compile(file, storeWith(readFileSync(file, 'utf8')));
      expect(output).toContain('Another Paper');
    });

    it('changed since the load is parsed again', () => {
      const output = compile(file, storeWith('# 예전 글\n'));
      expect(output).not.toContain('Another Paper');
      expect(output).toBe(compile(file));
    });
  });
});
