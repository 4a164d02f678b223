import {pointOf} from '../mdxNodes';
import type {LintPost, Report} from '../types';
import type {InlineMath} from '../postNodes';
import type {MdxFlowExpression, MdxTextExpression} from 'mdast-util-mdx';

/**
 * What MDX accepts but reads differently from what the author meant:
 * `{…}` in prose is evaluated as JavaScript, `<` before a digit or Hangul
 * starts a tag, and `$5 … $10` turns the text between into math.
 */
export function checkMdxHazards(post: LintPost, report: Report): void {
  for (const problem of post.parseProblems) {
    report({...problem, file: post.file});
  }
  for (const node of post.nodes.expressions) {
    checkExpression(post, node, report);
  }
  for (const node of post.nodes.inlineMath) {
    checkDollar(post, node, report);
  }
  for (const element of post.nodes.jsxElements) {
    if (element.name && /[^\x20-\x7e]/.test(element.name)) {
      report({
        rule: 'mdx-less-than',
        file: post.file,
        ...pointOf(element),
        message: `\`<${element.name}\` is read as a JSX tag named "${element.name}", and the text up to its closing tag disappears`,
        fix: 'write \\< (or &lt;) for a literal less-than sign, or put the comparison in `code` or $math$',
      });
    }
  }
}

function checkExpression(
  post: LintPost,
  node: MdxTextExpression | MdxFlowExpression,
  report: Report,
): void {
  const program = node.data?.estree;
  const body = program?.body ?? [];
  if (body.length === 0) {
    // A comment, such as an explicit heading id {/* #id */}.
    return;
  }
  const [statement] = body;
  if (
    body.length === 1 &&
    statement?.type === 'ExpressionStatement' &&
    ((statement.expression.type === 'Literal' &&
      typeof statement.expression.value === 'string') ||
      (statement.expression.type === 'TemplateLiteral' &&
        statement.expression.expressions.length === 0))
  ) {
    // `{'{'}` is how MDX writes a literal brace.
    return;
  }
  const shown = `{${node.value.length > 40 ? `${node.value.slice(0, 37)}…` : node.value}}`;
  report({
    rule: 'mdx-expression',
    file: post.file,
    ...pointOf(node),
    message: `${shown} is run as JavaScript: the page shows its value${statement?.type === 'ExpressionStatement' && statement.expression.type === 'SequenceExpression' ? ' (only the last item of a list)' : ''}, not these characters`,
    fix: 'escape the braces as \\{ and \\}, or put the text in `code` or $math$',
  });
}

function checkDollar(post: LintPost, node: InlineMath, report: Report): void {
  const end = node.position?.end.offset;
  const next = end === undefined ? '' : (post.source[end] ?? '');
  const looksLikeMoney =
    /^\d/.test(node.value) &&
    (/\s$/.test(node.value) ||
      /^\d/.test(next) ||
      /\p{Script=Hangul}/u.test(node.value));
  if (!looksLikeMoney) {
    return;
  }
  report({
    rule: 'currency-dollar',
    file: post.file,
    ...pointOf(node),
    message: `"$${node.value}$" is typeset as math: a $ before an amount opens a formula that the next $ closes`,
    fix: 'write \\$ for a dollar sign (\\$5 and \\$10), or USD 5',
  });
}
