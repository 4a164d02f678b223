import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deflateSync} from 'node:zlib';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import remarkContentRules from '../../src/markdown/remarkContentRules';
import remarkFigure from '../../src/markdown/remarkFigure';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxjsEsm} from 'mdast-util-mdx';

let folder: string;
let postPath: string;

/** A real, minimal PNG of the given size: grey pixels, valid CRCs. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({length: 256}, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  // Each scanline: filter byte 0, then one byte per pixel.
  const pixels = Buffer.alloc(height * (width + 1), 0x80);
  for (let row = 0; row < height; row += 1) pixels[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'remark-figure-'));
  mkdirSync(path.join(folder, 'asset'));
  writeFileSync(path.join(folder, 'asset', 'wide.png'), png(4, 3));
  writeFileSync(path.join(folder, 'asset', 'dot.png'), png(1, 1));
  writeFileSync(path.join(folder, 'asset', 'notes.png'), 'not an image\n');
  postPath = path.join(folder, '20251027.mdx');
});

afterAll(() => {
  rmSync(folder, {recursive: true, force: true});
});

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFigure);

async function transform(mdx: string): Promise<Root> {
  const file = new VFile({path: postPath, value: mdx});
  return (await processor.run(processor.parse(file), file)) as Root;
}

function figures(tree: Root): MdxJsxFlowElement[] {
  return tree.children.filter(
    (node): node is MdxJsxFlowElement =>
      node.type === 'mdxJsxFlowElement' && node.name === 'Figure',
  );
}

/** Attribute values as the page would see them: text, or expression source. */
function attributes(figure: MdxJsxFlowElement): Record<string, unknown> {
  return Object.fromEntries(
    figure.attributes.map((item) =>
      item.type === 'mdxJsxAttribute'
        ? [
            item.name,
            typeof item.value === 'object' && item.value !== null
              ? {expression: item.value.value}
              : item.value,
          ]
        : ['...', item.value],
    ),
  );
}

function imports(tree: Root): string[] {
  return tree.children
    .filter((node): node is MdxjsEsm => node.type === 'mdxjsEsm')
    .flatMap((node) => node.data?.estree?.body ?? [])
    .flatMap((statement) =>
      statement.type === 'ImportDeclaration'
        ? [
            `${statement.specifiers[0]?.local.name} <- ${statement.source.value}`,
          ]
        : [],
    );
}

describe('remarkFigure', () => {
  it('adds the intrinsic size of an image the post imports', async () => {
    const tree = await transform(
      [
        "import blog_img0 from './asset/wide.png';",
        '',
        '<Figure src={blog_img0} alt="구조도" width={500} />',
      ].join('\n'),
    );
    const [figure] = figures(tree);
    expect(attributes(figure!)).toEqual({
      src: {expression: 'blog_img0'},
      alt: '구조도',
      width: {expression: '500'},
      naturalWidth: {expression: '4'},
      naturalHeight: {expression: '3'},
    });
    expect(imports(tree)).toEqual(['blog_img0 <- ./asset/wide.png']);
  });

  it('turns a string src into an import and adds its intrinsic size', async () => {
    const tree = await transform(
      '<Figure src="./asset/wide.png" alt="구조도" />',
    );
    const [figure] = figures(tree);
    expect(attributes(figure!)).toMatchObject({
      src: {expression: '__figure0'},
      naturalWidth: {expression: '4'},
      naturalHeight: {expression: '3'},
    });
    expect(imports(tree)).toEqual(['__figure0 <- ./asset/wide.png']);
    const src = figure!.attributes[0];
    expect(src?.value).toMatchObject({
      data: {
        estree: {body: [{expression: {type: 'Identifier', name: '__figure0'}}]},
      },
    });
  });

  it('imports each image file once and avoids names the post already uses', async () => {
    const tree = await transform(
      [
        "import __figure0 from './asset/dot.png';",
        '',
        '<Figure src="./asset/wide.png" alt="a" />',
        '',
        '<Figure src="asset/wide.png" alt="b" />',
        '',
        '<Figure src="./asset/dot.png" alt="c" />',
      ].join('\n'),
    );
    expect(imports(tree)).toEqual([
      '__figure1 <- ./asset/wide.png',
      '__figure0 <- ./asset/dot.png',
    ]);
    expect(figures(tree).map((figure) => attributes(figure).src)).toEqual([
      {expression: '__figure1'},
      {expression: '__figure1'},
      {expression: '__figure0'},
    ]);
  });

  it('keeps an intrinsic size the author wrote', async () => {
    const tree = await transform(
      '<Figure src="./asset/notes.png" alt="a" naturalWidth={10} naturalHeight={20} />',
    );
    expect(attributes(figures(tree)[0]!)).toMatchObject({
      naturalWidth: {expression: '10'},
      naturalHeight: {expression: '20'},
    });
  });

  it('measures Figures nested in other elements and inline', async () => {
    const tree = await transform(
      '<Box>\n\n<Figure src="./asset/dot.png" alt="a" />\n\n</Box>\n\n본문 <Figure src="./asset/wide.png" alt="b" /> 끝',
    );
    const json = JSON.stringify(tree);
    expect(json).toContain(
      '"name":"naturalWidth","value":{"type":"mdxJsxAttributeValueExpression","value":"1"',
    );
    expect(json).toContain(
      '"name":"naturalWidth","value":{"type":"mdxJsxAttributeValueExpression","value":"4"',
    );
  });

  it('leaves an absolute https URL alone, without a size', async () => {
    const tree = await transform(
      '<Figure src="https://example.com/a.png" alt="a" />',
    );
    expect(attributes(figures(tree)[0]!)).toEqual({
      src: 'https://example.com/a.png',
      alt: 'a',
    });
    expect(imports(tree)).toEqual([]);
  });

  it('leaves a post without Figure unchanged', async () => {
    const mdx = [
      "import x from './asset/wide.png';",
      '',
      '# 제목',
      '',
      '<img src={x} alt="a" />',
      '',
      '본문 **강조**.',
    ].join('\n');
    const file = new VFile({path: postPath, value: mdx});
    const parsed = processor.parse(file);
    const before = structuredClone(parsed);
    expect(await processor.run(parsed, file)).toEqual(before);
  });

  describe('with the content rules before it, stops the compilation', () => {
    const checked = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkContentRules)
      .use(remarkFigure);
    /** Compiles as Docusaurus does, from the site folder. */
    async function compile(mdx: string): Promise<void> {
      const file = new VFile({path: postPath, value: mdx, cwd: folder});
      await checked.run(checked.parse(file), file);
    }
    const where = (line: number, column = 1) =>
      `20251027.mdx:${line}:${column}  error  `;

    it('when the image file is missing, naming the path and the fix', async () => {
      await expect(
        compile('본문\n\n<Figure src="./asset/missing.png" alt="a" />'),
      ).rejects.toThrow(
        `${where(3)}./asset/missing.png not found next to the post  (asset-missing)\n  fix: add the file to the asset/ folder beside the post, or fix the path`,
      );
    });

    it('when an imported image file is missing', async () => {
      await expect(
        compile(
          'import gone from \'./asset/gone.png\';\n\n<Figure src={gone} alt="a" />',
        ),
      ).rejects.toThrow(
        `${where(1)}./asset/gone.png not found next to the post`,
      );
    });

    it('when the file is not an image', async () => {
      await expect(
        compile('<Figure src="./asset/notes.png" alt="a" />'),
      ).rejects.toThrow(
        `${where(1)}./asset/notes.png is named .png but its contents are not an image`,
      );
    });

    it('when alt is missing or empty', async () => {
      await expect(
        compile('\n<Figure src="./asset/dot.png" />'),
      ).rejects.toThrow(
        `${where(2)}Figure needs alt text describing the image for readers who cannot see it`,
      );
      await expect(
        compile('<Figure src="./asset/dot.png" alt="  " />'),
      ).rejects.toThrow('Figure needs alt text describing the image');
    });

    it('when src is not an import, a path beside the post or https', async () => {
      await expect(compile('<Figure src={picture} alt="a" />')).rejects.toThrow(
        `${where(1)}Figure src={picture} is not an image imported in this post`,
      );
      await expect(
        compile(
          'import logo from \'@site/static/img/logo.png\';\n\n<Figure src={logo} alt="a" />',
        ),
      ).rejects.toThrow(
        "'@site/static/img/logo.png' is not a file beside the post",
      );
      await expect(
        compile('<Figure src="/img/a.png" alt="a" />'),
      ).rejects.toThrow('write src="./asset/name.png"');
      await expect(compile('<Figure alt="a" />')).rejects.toThrow(
        `${where(1)}Figure needs a src`,
      );
    });

    it('and reports every problem of the post at once', async () => {
      await expect(
        compile('<Figure alt="a" />\n\n<Figure src="./asset/dot.png" />'),
      ).rejects.toThrow(
        /^\d+ content errors[\s\S]*:1:1\s{2}error\s{2}Figure needs a src[\s\S]*:3:1\s{2}error\s{2}Figure needs alt text/,
      );
    });
  });
});
