import path from 'node:path';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import rehypeKatexErrors from '../../src/markdown/rehypeKatexErrors';

const POST = 'docs/papers/y2025/oct/20251027.mdx';

function render(markdown: string): Promise<string> {
  const file = new VFile({
    value: markdown,
    path: path.join(process.cwd(), POST),
  });
  return unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, {strict: 'ignore'})
    .use(rehypeKatexErrors)
    .use(rehypeStringify)
    .process(file)
    .then(String);
}

describe('rehypeKatexErrors', () => {
  it('lets good formulas through, Korean inside \\text included', async () => {
    const html = await render(
      '# 수식\n\n$a^2 + b^2 = c^2$\n\n$$\n\\text{정확도} = \\frac{1}{2}\n$$\n',
    );
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('katex-error');
  });

  it('fails on a bad formula, naming the file, line, column and KaTeX message', async () => {
    await expect(render('# 수식\n\n본문 $\\frac{1}{$ 끝\n')).rejects.toThrow(
      `${POST}:3:4  KaTeX parse error: Unexpected end of input in a macro argument, expected '}'`,
    );
  });

  it('lists every bad formula of the file at once', async () => {
    const failure = render('$\\badcommand$\n\n$$\n\\sqrt{\n$$\n').catch(
      (error: Error) => error.message,
    );
    const message = await failure;
    expect(message).toContain('KaTeX could not render 2 formulas');
    expect(message).toContain(
      `${POST}:1:1  KaTeX parse error: Undefined control sequence: \\badcommand`,
    );
    expect(message).toContain(`${POST}:3:1`);
  });

  it('leaves a post without math alone', async () => {
    expect(await render('본문만 있습니다.\n')).toBe('<p>본문만 있습니다.</p>');
  });
});
