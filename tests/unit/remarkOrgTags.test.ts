import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkOrgTags from '../../src/markdown/remarkOrgTags';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';

async function attributes(source: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkOrgTags);
  const file = new VFile({value: source, path: 'post.mdx'});
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const element = tree.children[0] as MdxJsxFlowElement;
  return Object.fromEntries(
    element.attributes.map((attribute) => [
      'name' in attribute ? attribute.name : '',
      typeof attribute.value === 'string'
        ? attribute.value
        : attribute.value?.value,
    ]),
  );
}

describe('remarkOrgTags', () => {
  it('gives an OrgTag in a post its label from the registry at build time', async () => {
    expect(await attributes('<OrgTag tag="shaomi" />\n')).toEqual({
      id: 'xiaomi',
      name: 'Xiaomi',
      color: expect.stringMatching(/^#/),
    });
  });

  it('keeps an unknown tag as written, with no id', async () => {
    expect(await attributes('<OrgTag tag="Initech Labs" />\n')).toEqual({
      name: 'Initech Labs',
    });
  });

  it('leaves an OrgTag without a tag as it is, for the content rules to report', async () => {
    expect(await attributes('<OrgTag />\n')).toEqual({});
  });

  it('leaves other elements alone', async () => {
    expect(await attributes('<Figure src="x" />\n')).toEqual({src: 'x'});
  });
});
