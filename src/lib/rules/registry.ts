/** How bad a problem is: errors fail the run, warnings are only shown. */
export type Severity = 'error' | 'warning';

/** What a rule checks, as the list of rules and `--help` show it. */
export interface RuleInfo {
  severity: Severity;
  summary: string;
}

/**
 * Every content rule, by id: the MDX pipeline and `lint-posts` run them all. One table so that the severity of a
 * problem, the documentation and the tests all read the same entry.
 */
export const RULES = {
  // Where the post lives
  'post-file-name': {
    severity: 'error',
    summary: 'a post file is named YYYYMMDD.mdx',
  },
  'post-date': {
    severity: 'error',
    summary: 'the file name is a real calendar date',
  },
  'post-folder': {
    severity: 'error',
    summary: 'the post sits in the yYYYY/<mon> folder of its date',
  },
  'date-mismatch': {
    severity: 'warning',
    summary: 'a date in the title or front matter matches the file date',
  },
  'post-empty': {
    severity: 'error',
    summary: 'a post has content, or is marked `draft: true`',
  },
  'post-title': {
    severity: 'error',
    summary: 'a post has a level-1 title (or a front-matter title)',
  },
  'unicode-nfd': {
    severity: 'error',
    summary: 'paths and headings are in composed Unicode (NFC), not NFD',
  },
  // Front matter
  'front-matter-yaml': {
    severity: 'error',
    summary: 'front matter is valid YAML',
  },
  'front-matter-key': {
    severity: 'error',
    summary: 'front matter uses only known keys (typos get a suggestion)',
  },
  'front-matter-type': {
    severity: 'error',
    summary: 'each front-matter value has the type Docusaurus expects',
  },
  'front-matter-date': {
    severity: 'error',
    summary: 'front-matter dates are real YYYY-MM-DD dates, read as text',
  },
  'front-matter-url': {
    severity: 'warning',
    summary: '`slug` or `id` moves a post away from its date URL',
  },
  'duplicate-id': {
    severity: 'error',
    summary: 'no two posts share a document id',
  },
  'duplicate-url': {
    severity: 'error',
    summary: 'no two pages share a URL',
  },
  // Images and imports
  'asset-missing': {
    severity: 'error',
    summary: 'every imported or referenced local file exists',
  },
  'asset-remote': {
    severity: 'error',
    summary:
      'images come from the site itself (its Content-Security-Policy loads no other origin)',
  },
  'asset-type': {
    severity: 'error',
    summary: 'an image really is the image type its extension says',
  },
  'asset-size': {
    severity: 'error',
    summary: 'an image stays under the size cap (--max-image-kb)',
  },
  'asset-unused-import': {
    severity: 'warning',
    summary: 'every imported asset is used in the post',
  },
  'asset-orphan': {
    severity: 'warning',
    summary: 'every file in an asset folder is used by some post',
  },
  'figure-missing-alt': {
    severity: 'error',
    summary: 'every Figure, <img> and ![image] has alt text',
  },
  'figure-src': {
    severity: 'error',
    summary: 'a Figure src is an imported image, ./asset/ path or https URL',
  },
  // Papers
  'paper-missing-link': {
    severity: 'error',
    summary: 'a heading that looks like a paper starts with its link',
  },
  'single-paper-front-matter': {
    severity: 'error',
    summary:
      'a post that reviews one paper in numbered sections names it in front matter (paper:, orgs:)',
  },
  'single-paper-mixed': {
    severity: 'error',
    summary: 'a post whose front matter names its paper has no paper headings',
  },
  'paper-url': {
    severity: 'error',
    summary:
      'arXiv and Hugging Face paper URLs (headings and paper:) are well-formed',
  },
  'paper-search-link': {
    severity: 'warning',
    summary: 'a paper links to its page, not to a search',
  },
  'unknown-org': {
    severity: 'error',
    summary:
      'organisation tags (headings and orgs:) are in the registry (src/data/orgs.ts)',
  },
  'org-alias': {
    severity: 'warning',
    summary: 'organisation tags use the registry id, not an alias',
  },
  'duplicate-paper': {
    severity: 'error',
    summary: 'a post reviews each paper once',
  },
  'paper-numbering': {
    severity: 'warning',
    summary: 'numbered papers run 1, 2, 3 … in order',
  },
  'empty-section': {
    severity: 'warning',
    summary: 'a paper section has more than a placeholder such as "링크"',
  },
  // MDX
  'mdx-syntax': {
    severity: 'error',
    summary: 'the post is valid MDX',
  },
  'mdx-expression': {
    severity: 'error',
    summary: 'no {…} JavaScript expressions in prose',
  },
  'mdx-less-than': {
    severity: 'error',
    summary: 'no `<` before a digit or Hangul, which MDX reads as a tag',
  },
  'math-katex': {
    severity: 'error',
    summary: 'every formula is one KaTeX can typeset',
  },
  'currency-dollar': {
    severity: 'error',
    summary: 'no `$` as currency, which turns the text between into math',
  },
  // What a post may contain (an allowlist; see checks/allowlist.ts)
  'unsafe-element': {
    severity: 'error',
    summary: 'only the allowed elements: site components and harmless HTML',
  },
  'unsafe-script': {
    severity: 'error',
    summary: 'no <script> in posts',
  },
  'unsafe-iframe': {
    severity: 'error',
    summary: 'no <iframe>, <object> or <embed> in posts',
  },
  'unsafe-attribute': {
    severity: 'error',
    summary: 'only the attributes allowed on each element; no style or spread',
  },
  'unsafe-inner-html': {
    severity: 'error',
    summary: 'no dangerouslySetInnerHTML in posts',
  },
  'unsafe-event-handler': {
    severity: 'error',
    summary: 'no on…= event handler attributes in posts',
  },
  'unsafe-expression': {
    severity: 'error',
    summary: 'attribute values are literal (src may name an imported image)',
  },
  'unsafe-url': {
    severity: 'error',
    summary: 'links and images use http(s), mailto or a relative path',
  },
  'unsafe-export': {
    severity: 'error',
    summary: 'no export statements in posts',
  },
  'unsafe-import': {
    severity: 'error',
    summary: 'posts import only images beside them: ./asset/<image>',
  },
  'unsafe-html': {
    severity: 'error',
    summary: 'no raw HTML (a .md file would copy it into the page)',
  },
  // Links and anchors
  'link-route': {
    severity: 'error',
    summary: 'internal links go to a page the site has',
  },
  'link-anchor': {
    severity: 'error',
    summary: 'internal links to #anchors name an anchor that page has',
  },
  'anchor-removed': {
    severity: 'error',
    summary: 'no anchor recorded in anchors.lock disappears',
  },
  'anchor-unrecorded': {
    severity: 'warning',
    summary: 'every published anchor is recorded in anchors.lock',
  },
} as const satisfies Record<string, RuleInfo>;

/** The id of a rule, e.g. `unknown-org`. */
export type RuleId = keyof typeof RULES;
