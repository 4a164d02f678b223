import katex from 'katex';
import {pointOf} from '../mdxNodes';
import type {LintPost, Report} from '../types';

/**
 * The KaTeX settings formulas are typeset with, shared by this check and
 * rehype-katex. Korean inside \text{…} has no KaTeX metrics; it renders in
 * the page font, so that warning is off.
 */
export const KATEX_OPTIONS = {strict: 'ignore'} as const;

interface KatexParse {
  __parse(expression: string, options: object): unknown;
}

/**
 * Every formula is one KaTeX can typeset: rehype-katex would otherwise show
 * a broken one to readers as red source text. Parsing is what fails on bad
 * LaTeX and costs a fraction of rendering, which the build does anyway.
 */
export function checkMath(post: LintPost, report: Report): void {
  for (const node of post.nodes.math) {
    try {
      (katex as unknown as KatexParse).__parse(node.value, {
        ...KATEX_OPTIONS,
        displayMode: node.type === 'math',
        throwOnError: true,
      });
    } catch (error) {
      if (!(error instanceof katex.ParseError)) throw error;
      report({
        rule: 'math-katex',
        file: post.file,
        ...pointOf(node),
        message: `KaTeX cannot typeset $${shorten(node.value)}$: ${error.rawMessage}`,
        fix: 'fix the LaTeX; a $ meant as a dollar sign is written \\$',
      });
    }
  }
}

function shorten(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}
