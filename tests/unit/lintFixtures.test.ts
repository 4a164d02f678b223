import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {exitCode, formatText, lintPosts, RULES} from '../../src/lib/rules';
import type {LintOptions, RuleId} from '../../src/lib/rules';

const fixtureRoot = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lint/${name}`, import.meta.url));

const OCT = 'docs/papers/y2025/oct';
const NOV = 'docs/papers/y2025/nov';

interface Case {
  /** Folder under tests/fixtures/lint: a small site with one mistake. */
  fixture: string;
  behaviour: string;
  /** Every problem, as `file:line:column rule`, in report order. */
  problems: string[];
  /** Words the message of the first problem must contain. */
  says: string;
  options?: Omit<LintOptions, 'root'>;
}

const cases: Case[] = [
  {
    fixture: 'post-file-name',
    behaviour: 'rejects a post whose file name is not YYYYMMDD.mdx',
    problems: [`${OCT}/2025-13-45.mdx:1:1 post-file-name`],
    says: '"2025-13-45.mdx" is not a post name',
  },
  {
    fixture: 'post-date',
    behaviour: 'rejects a file name that is not a real calendar date',
    problems: ['docs/papers/y2025/feb/20250230.mdx:1:1 post-date'],
    says: '"20250230.mdx" is not a real calendar date',
  },
  {
    fixture: 'post-folder',
    behaviour: 'rejects a post outside the folder of its date',
    problems: ['docs/papers/y2025/nov/20251027.mdx:1:1 post-folder'],
    says: 'a post of 2025-10-27 belongs in docs/papers/y2025/oct/',
  },
  {
    fixture: 'date-mismatch',
    behaviour: 'warns when the title is dated another day than the file',
    problems: [`${OCT}/20251027.mdx:1:1 date-mismatch`],
    says: 'the title says 2025-10-26 but the file is dated 2025-10-27',
  },
  {
    fixture: 'front-matter-yaml',
    behaviour: 'points at the spot where front matter stops being YAML',
    problems: [`${OCT}/20251027.mdx:3:15 front-matter-yaml`],
    says: 'front matter is not valid YAML',
  },
  {
    fixture: 'front-matter-key',
    behaviour: 'names an unknown front-matter key and the key it misspells',
    problems: [`${OCT}/20251027.mdx:2:1 front-matter-key`],
    says: 'unknown front-matter key "titel" (did you mean "title"?)',
  },
  {
    fixture: 'front-matter-type',
    behaviour: 'rejects a front-matter value of the wrong type',
    problems: [`${OCT}/20251027.mdx:2:8 front-matter-type`],
    says: 'front-matter "draft" must be true or false',
  },
  {
    fixture: 'front-matter-date',
    behaviour:
      'reads a front-matter date as written and says what it would become',
    problems: [`${OCT}/20251027.mdx:2:7 front-matter-date`],
    says: '"2025-13-45" is not a real YYYY-MM-DD date; Docusaurus would silently read it as 2026-02-14',
  },
  {
    fixture: 'front-matter-url',
    behaviour: 'warns when a slug moves a post off its date URL',
    problems: [`${OCT}/20251027.mdx:2:1 front-matter-url`],
    says: '`slug` moves this post from /docs/papers/y2025/oct/20251027 to /docs/papers/y2025/oct/best-papers',
  },
  {
    fixture: 'duplicate-url',
    behaviour: 'reports both posts when a slug takes the URL of another post',
    problems: [
      `${OCT}/20251021.mdx:1:1 duplicate-url`,
      `${OCT}/20251027.mdx:2:1 duplicate-url`,
      `${OCT}/20251027.mdx:2:1 front-matter-url`,
    ],
    says: '/docs/papers/y2025/oct/20251021 is also the URL of docs/papers/y2025/oct/20251027.mdx',
  },
  {
    fixture: 'duplicate-id',
    behaviour: 'reports both posts when they share a document id',
    problems: [
      `${OCT}/20251021.mdx:2:1 duplicate-id`,
      `${OCT}/20251021.mdx:3:1 front-matter-url`,
      `${OCT}/20251027.mdx:2:1 duplicate-id`,
      `${OCT}/20251027.mdx:3:1 front-matter-url`,
    ],
    says: 'document id y2025/oct/review is also the id of docs/papers/y2025/oct/20251027.mdx',
  },
  {
    fixture: 'asset-missing',
    behaviour: 'reports an import of an image that is not there',
    problems: [`${OCT}/20251027.mdx:1:1 asset-missing`],
    says: './asset/diagram.png not found next to the post',
  },
  {
    fixture: 'asset-remote',
    behaviour: 'reports an image shown from another site',
    problems: [`${OCT}/20251027.mdx:8:1 asset-remote`],
    says: 'the image https://example.org/figures/sampling.png is on another site',
  },
  {
    fixture: 'asset-type',
    behaviour:
      'tells an image by its signature: text named .png, a PNG named .jpg',
    problems: [
      `${OCT}/20251027.mdx:1:1 asset-type`,
      `${OCT}/20251027.mdx:2:1 asset-type`,
    ],
    says: './asset/diagram.png is named .png but its contents are not an image',
  },
  {
    fixture: 'asset-size',
    behaviour: 'rejects an image over the size cap',
    problems: [`${OCT}/20251027.mdx:1:1 asset-size`],
    says: './asset/diagram.png is 6 KB, over the 4 KB cap for images',
    options: {maxImageKb: 4},
  },
  {
    fixture: 'asset-unused-import',
    behaviour: 'warns about an imported image the post never shows',
    problems: [`${OCT}/20251027.mdx:1:1 asset-unused-import`],
    says: 'diagram is imported from ./asset/diagram.png but never used',
  },
  {
    fixture: 'asset-orphan',
    behaviour: 'warns about a file in an asset folder that no post uses',
    problems: [`${OCT}/asset/leftover.png:1:1 asset-orphan`],
    says: 'no post uses leftover.png',
  },
  {
    fixture: 'figure-missing-alt',
    behaviour:
      'requires alt text on a Figure, a legacy <img> and a Markdown image',
    problems: [
      `${OCT}/20251027.mdx:10:1 figure-missing-alt`,
      `${OCT}/20251027.mdx:12:1 figure-missing-alt`,
      `${OCT}/20251027.mdx:14:1 figure-missing-alt`,
    ],
    says: 'Figure needs alt text describing the image',
  },
  {
    fixture: 'figure-src',
    behaviour:
      'rejects a Figure src that is not an import, a path beside the post or https',
    problems: [
      `${OCT}/20251027.mdx:8:1 figure-src`,
      `${OCT}/20251027.mdx:10:1 figure-src`,
    ],
    says: 'Figure src={diagram} is not an image imported in this post',
  },
  {
    fixture: 'paper-missing-link',
    behaviour: 'rejects a numbered, tagged heading without a paper link',
    problems: [`${OCT}/20251027.mdx:8:1 paper-missing-link`],
    says: 'paper heading "2. Search Self-play bytedance" has no link to the paper',
  },
  {
    fixture: 'single-paper-front-matter',
    behaviour:
      'asks a review of one paper in numbered sections, once, to name the paper in front matter',
    problems: [`${NOV}/20251103.mdx:5:1 single-paper-front-matter`],
    says: 'this post reads as a review of one paper: its ## headings ("1. 소개", "2. 방법", …) are sections',
  },
  {
    fixture: 'single-paper-mixed',
    behaviour:
      'rejects a paper heading in a post whose front matter names its paper',
    problems: [`${NOV}/20251103.mdx:12:1 single-paper-mixed`],
    says: 'the front matter names this post\'s paper (paper: on line 2), so the paper heading "2. BERT google" would review a second one',
  },
  {
    fixture: 'single-paper-values',
    behaviour:
      'checks the paper: URL and the orgs: tags like those of a heading, where they are written',
    problems: [
      `${NOV}/20251103.mdx:2:8 paper-url`,
      `${NOV}/20251103.mdx:3:16 unknown-org`,
      `${NOV}/20251103.mdx:3:23 org-alias`,
    ],
    says: '"https://arxiv.org/abs/17062.03762" is not a well-formed arXiv abs or pdf URL',
  },
  {
    fixture: 'paper-url',
    behaviour: 'rejects malformed arXiv and Hugging Face paper URLs',
    problems: [
      `${OCT}/20251027.mdx:3:1 paper-url`,
      `${OCT}/20251027.mdx:8:1 paper-url`,
    ],
    says: '"https://arxiv.org/abs/25101.4901" is not a well-formed arXiv abs or pdf URL',
  },
  {
    fixture: 'paper-search-link',
    behaviour: 'warns when a paper links to a search instead of its page',
    problems: [`${OCT}/20251027.mdx:3:1 paper-search-link`],
    says: 'the paper links to a Hugging Face search for "Reasoning with Sampling"',
  },
  {
    fixture: 'unknown-org',
    behaviour: 'rejects an unknown organisation and suggests the closest id',
    problems: [`${OCT}/20251027.mdx:3:75 unknown-org`],
    says: 'unknown organisation "harvrad" (did you mean "harvard"?)',
  },
  {
    fixture: 'org-alias',
    behaviour: 'warns when a tag is an alias rather than the registry id',
    problems: [`${OCT}/20251027.mdx:3:75 org-alias`],
    says: '"harvard university" is a spelling of the organisation "harvard"',
  },
  {
    fixture: 'duplicate-paper',
    behaviour: 'rejects the same paper twice in one post, whatever its URL',
    problems: [`${OCT}/20251027.mdx:8:1 duplicate-paper`],
    says: 'this paper (arXiv 2510.14901) is already reviewed at line 3',
  },
  {
    fixture: 'paper-numbering',
    behaviour: 'warns at the first paper out of numbering order',
    problems: [`${OCT}/20251027.mdx:8:1 paper-numbering`],
    says: 'papers are numbered 1, 3; expected 1 to 2 in order',
  },
  {
    fixture: 'empty-section',
    behaviour: 'warns about sections that hold only a placeholder',
    problems: [
      `${OCT}/20251027.mdx:8:1 empty-section`,
      `${OCT}/20251027.mdx:13:1 empty-section`,
    ],
    says: 'the section of "Search Self-play" holds only the placeholder "링크"',
  },
  {
    fixture: 'mdx-syntax',
    behaviour: 'reports where MDX gives up on a post',
    problems: [`${OCT}/20251027.mdx:8:22 mdx-syntax`],
    says: 'MDX cannot read this post: Unexpected end of file in expression',
  },
  {
    fixture: 'mdx-expression',
    behaviour: 'rejects {…} in prose, which MDX runs as JavaScript',
    problems: [`${OCT}/20251027.mdx:8:9 mdx-expression`],
    says: '{1, 2, 3} is run as JavaScript',
  },
  {
    fixture: 'mdx-less-than',
    behaviour:
      'finds every < before a digit or Hangul, reading on past the first',
    problems: [
      `${OCT}/20251027.mdx:8:5 mdx-less-than`,
      `${OCT}/20251027.mdx:10:8 mdx-less-than`,
    ],
    says: '`<3%` starts a JSX tag in MDX, not a less-than sign',
  },
  {
    fixture: 'currency-dollar',
    behaviour: 'rejects dollar amounts that turn the text between into math',
    problems: [`${OCT}/20251027.mdx:8:8 currency-dollar`],
    says: '"$5 에서 $" is typeset as math',
  },
  {
    fixture: 'unsafe-script',
    behaviour: 'rejects <script>',
    problems: [`${OCT}/20251027.mdx:8:1 unsafe-script`],
    says: "<script> would run code in every reader's browser",
  },
  {
    fixture: 'unsafe-iframe',
    behaviour: 'rejects <iframe>',
    problems: [`${OCT}/20251027.mdx:8:1 unsafe-iframe`],
    says: '<iframe> embeds another site into the page',
  },
  {
    fixture: 'unsafe-inner-html',
    behaviour: 'rejects dangerouslySetInnerHTML',
    problems: [`${OCT}/20251027.mdx:8:6 unsafe-inner-html`],
    says: 'dangerouslySetInnerHTML copies raw HTML into the page',
  },
  {
    fixture: 'unsafe-event-handler',
    behaviour: 'rejects on…= event handler attributes',
    problems: [`${OCT}/20251027.mdx:8:44 unsafe-event-handler`],
    says: 'the onClick attribute runs code',
  },
  {
    fixture: 'unsafe-url',
    behaviour: 'rejects javascript: links',
    problems: [`${OCT}/20251027.mdx:8:1 unsafe-url`],
    says: '"javascript:alert(1)" uses the javascript: scheme',
  },
  {
    fixture: 'unsafe-element',
    behaviour:
      'rejects every element that is not on the allowlist, not only known-bad ones',
    problems: [
      `${OCT}/20251027.mdx:8:1 unsafe-element`,
      `${OCT}/20251027.mdx:10:1 unsafe-element`,
    ],
    says: '<base> is not an element posts may use',
  },
  {
    fixture: 'unsafe-attribute',
    behaviour: 'rejects styles and attributes an element may not carry',
    problems: [
      `${OCT}/20251027.mdx:8:6 unsafe-attribute`,
      `${OCT}/20251027.mdx:10:7 unsafe-attribute`,
    ],
    says: "style={{position: 'fixed', inset: 0}} can restyle or cover the page",
  },
  {
    fixture: 'unsafe-expression',
    behaviour: 'rejects attribute values computed when the page runs',
    problems: [`${OCT}/20251027.mdx:8:6 unsafe-expression`],
    says: 'posts hold literal values only',
  },
  {
    fixture: 'unsafe-import',
    behaviour: 'rejects imports of anything but an image beside the post',
    problems: [
      `${OCT}/20251027.mdx:8:1 asset-type`,
      `${OCT}/20251027.mdx:8:1 unsafe-import`,
      `${OCT}/20251027.mdx:10:1 unsafe-element`,
    ],
    says: './asset/evil.js is not an image type the site serves',
  },
  {
    fixture: 'unsafe-html',
    behaviour: 'reads a .md post as CommonMark and rejects its raw HTML',
    problems: [
      `${OCT}/20251027.md:1:1 post-file-name`,
      `${OCT}/20251027.md:5:1 unsafe-html`,
    ],
    says: '"20251027.md" is not a post name',
  },
  {
    fixture: 'math-katex',
    behaviour: 'reports every formula KaTeX cannot typeset, inline and display',
    problems: [
      `${OCT}/20251027.mdx:8:6 math-katex`,
      `${OCT}/20251027.mdx:10:1 math-katex`,
    ],
    says: 'KaTeX cannot typeset $\\frac{1}{$',
  },
  {
    fixture: 'post-empty',
    behaviour: 'rejects an empty post unless it is marked a draft',
    problems: [`${OCT}/20251027.mdx:1:1 post-empty`],
    says: 'the post is empty',
  },
  {
    fixture: 'post-title',
    behaviour: 'rejects a post without a title',
    problems: [`${OCT}/20251027.mdx:1:1 post-title`],
    says: 'the post has no title',
  },
  {
    fixture: 'unicode-nfd',
    behaviour: 'names Unicode normalisation (NFD) in a heading',
    problems: [`${OCT}/20251027.mdx:7:1 unicode-nfd`],
    says: 'decomposed Unicode normalisation (NFD)',
  },
  {
    fixture: 'unsafe-export',
    behaviour: 'rejects export statements',
    problems: [`${OCT}/20251027.mdx:1:1 unsafe-export`],
    says: 'a post exports JavaScript',
  },
  {
    fixture: 'link-route',
    behaviour: 'checks a raw <a href> against the pages of the site',
    problems: [`${OCT}/20251027.mdx:8:8 link-route`],
    says: 'link to /docs/papers/y2025/oct/20251099 goes to no page of the site',
  },
  {
    fixture: 'link-anchor',
    behaviour: 'checks the #anchor of a raw <a href> against that page',
    problems: [`${OCT}/20251027.mdx:8:8 link-anchor`],
    says: '/docs/papers/y2025/oct/20251021 has no anchor #1-search-self-ply',
  },
  {
    fixture: 'anchor-removed',
    behaviour:
      'reports every recorded anchor a change removes, at the heading that lost it',
    problems: [
      'anchors.lock:2:1 anchor-removed',
      `${OCT}/20251027.mdx:1:1 anchor-removed`,
      `${OCT}/20251027.mdx:1:1 anchor-unrecorded`,
      `${OCT}/20251027.mdx:3:1 anchor-removed`,
      `${OCT}/20251027.mdx:8:1 anchor-removed`,
    ],
    says: 'no post is served at /docs/papers/y2025/oct/20251020 any more',
  },
  {
    fixture: 'anchor-unrecorded',
    behaviour: 'warns about published anchors missing from anchors.lock',
    problems: [`${OCT}/20251027.mdx:1:1 anchor-unrecorded`],
    says: '1 anchor is not in anchors.lock yet: #2-search-self-play',
  },
];

describe('lint-posts on one small site per mistake', () => {
  it.each(cases)(
    '$behaviour ($fixture)',
    ({fixture, problems, says, options}) => {
      const result = lintPosts({root: fixtureRoot(fixture), ...options});
      expect(
        result.problems.map(
          (problem) =>
            `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`,
        ),
      ).toEqual(problems);
      expect(result.problems[0]?.message).toContain(says);
      expect(result.problems.every((problem) => problem.fix)).toBe(true);
    },
  );

  it.each(cases)(
    'exits 1 naming the file when the $fixture fixture has an error',
    ({fixture, problems, options}) => {
      const result = lintPosts({root: fixtureRoot(fixture), ...options});
      const hasError = result.problems.some(
        (problem) => RULES[problem.rule].severity === 'error',
      );
      expect(exitCode(result)).toBe(hasError ? 1 : 0);
      const [first] = problems[0]!.split(' ');
      expect(formatText(result)).toContain(first);
    },
  );

  it('has a fixture for every rule', () => {
    const covered = new Set(
      cases.flatMap((item) =>
        item.problems.map((problem) => problem.split(' ')[1] as RuleId),
      ),
    );
    expect(
      Object.keys(RULES).filter((id) => !covered.has(id as RuleId)),
    ).toEqual([]);
  });

  it('leaves a well-formed post alone', () => {
    const result = lintPosts({root: fixtureRoot('clean')});
    expect(result.problems).toEqual([]);
    expect(exitCode(result)).toBe(0);
  });

  it.each(['lint/single-paper', 'single-paper'])(
    'leaves a well-formed single-paper review alone (%s)',
    (name) => {
      const root = fileURLToPath(
        new URL(`../fixtures/${name}`, import.meta.url),
      );
      expect(lintPosts({root}).problems).toEqual([]);
    },
  );

  it('gives a review of one paper without front matter the exact front matter to add, not an error per heading', () => {
    const {problems} = lintPosts({
      root: fixtureRoot('single-paper-front-matter'),
    });
    expect(problems.map((problem) => problem.rule)).toEqual([
      'single-paper-front-matter',
    ]);
    expect(problems[0]!.message).toContain('name the paper in front matter');
    expect(problems[0]!.fix).toContain(
      '\n---\npaper: https://arxiv.org/abs/1706.03762\norgs: [<org id>]\n---',
    );
  });

  it('lets an image through under the default cap of 1024 KB', () => {
    expect(lintPosts({root: fixtureRoot('asset-size')}).problems).toEqual([]);
  });
});
