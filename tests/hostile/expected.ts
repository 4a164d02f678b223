/**
 * The hostile review posts under `tests/fixtures/hostile` and where each one
 * must be reported: the build, `lint-posts` and the dev server all name the
 * same `file:line`, the line of the offending node.
 */
import path from 'node:path';

/** The fixture site: `docs/` with every post below, and its `anchors.lock`. */
export const HOSTILE_SITE = path.join(__dirname, '..', 'fixtures', 'hostile');

/** Where the posts sit, relative to the site folder. */
export const POST_FOLDER = 'docs/papers/y2025/oct';

/** A post that uses every allowed construct and must build. */
export const CLEAN_POST = '20251001.mdx';

/** One hostile post: what it tries, and where it must be reported. */
export interface HostilePost {
  /** The file name in `POST_FOLDER`. */
  file: string;
  /** The 1-based line of the first offending node. */
  line: number;
  /** Text found on that line, so the table cannot drift from the fixture. */
  snippet: string;
  /** What the snippet would do if it were let through. */
  attack: string;
}

export const HOSTILE_POSTS: readonly HostilePost[] = [
  {
    file: '20251002.mdx',
    line: 5,
    snippet: '<script>alert(1)</script>',
    attack: 'a script element, run from the server-rendered HTML',
  },
  {
    file: '20251003.mdx',
    line: 9,
    snippet:
      "dangerouslySetInnerHTML={{__html:'<img src=x onerror=alert(7)>'}}",
    attack: 'raw HTML with an onerror handler, after front matter',
  },
  {
    file: '20251004.mdx',
    line: 5,
    snippet: 'export const Evil = () => { alert(3); return null }',
    attack: 'an exported component that runs code, then used as <Evil />',
  },
  {
    file: '20251005.mdx',
    line: 5,
    snippet: '<iframe src="https://example.com"></iframe>',
    attack: 'another site framed into the page',
  },
  {
    file: '20251006.mdx',
    line: 5,
    snippet: '<img src="x" onError={() => alert(5)} alt="x" />',
    attack: 'an event handler on an image that fails to load',
  },
  {
    file: '20251007.mdx',
    line: 5,
    snippet:
      "<div title={typeof window !== 'undefined' ? window.alert(23) : 't'}>x</div>",
    attack: 'code in an attribute expression, skipped on the server',
  },
  {
    file: '20251008.mdx',
    line: 5,
    snippet: "<style>{'.navbar{display:none}'}</style>",
    attack: 'a stylesheet that restyles the whole site',
  },
  {
    file: '20251009.mdx',
    line: 5,
    snippet: '<base href="https://example.com/" />',
    attack: 'a base element that sends every relative link elsewhere',
  },
  {
    file: '20251010.mdx',
    line: 9,
    snippet:
      '<meta httpEquiv="refresh" content="1;url=https://example.com/phish" />',
    attack: 'a refresh to a phishing page, hoisted into <head>',
  },
  {
    file: '20251011.mdx',
    line: 5,
    snippet: "import E from './asset/evil.js'",
    attack: 'a JavaScript module bundled for its side effects',
  },
  {
    file: '20251012.mdx',
    line: 5,
    snippet: '[click](javascript:alert(9))',
    attack: 'a Markdown link with a javascript: URL',
  },
  {
    file: '20251013.mdx',
    line: 5,
    snippet: '<a href="javascript:alert(10)">x</a>',
    attack: 'an anchor element with a javascript: URL',
  },
  {
    file: '20251014.mdx',
    line: 5,
    snippet: '<div {...{onClick: () => alert(11)}}>x</div>',
    attack: 'an event handler hidden in a spread attribute',
  },
  {
    file: '20251015.mdx',
    line: 5,
    snippet: "<div style={{position:'fixed'}}>x</div>",
    attack: 'an inline style that can cover the page',
  },
  {
    file: '20251016.mdx',
    line: 9,
    snippet: '점수는 {1, 2, 3} 중',
    attack: 'braces in prose, compiled as a JavaScript expression',
  },
  {
    file: '20251017.mdx',
    line: 5,
    snippet: '{2*3}',
    attack: 'arithmetic in prose, compiled as a JavaScript expression',
  },
  {
    file: '20251018.mdx',
    line: 5,
    snippet: '<svg viewBox="0 0 10 10"><script>alert(12)</script></svg>',
    attack: 'a script element nested in SVG',
  },
  {
    file: '20251019.mdx',
    line: 5,
    snippet: '<object data="https://example.com/movie.swf"',
    attack: 'an object element embedding a plug-in',
  },
  {
    file: '20251020.mdx',
    line: 5,
    snippet: '<form action="https://example.com/login" method="post">',
    attack: 'a form that posts a password to another site',
  },
  {
    file: '20251021.mdx',
    line: 5,
    snippet: '<a href="data:text/html;base64,',
    attack: 'an anchor element with a data:text/html URL',
  },
  {
    file: '20251022.mdx',
    line: 9,
    snippet: 'caption={window.x}',
    attack: 'a site component given a non-literal attribute',
  },
  {
    file: '20251023.mdx',
    line: 5,
    snippet: 'export default function Layout({children})',
    attack: 'a default export, which MDX uses as the layout of the page',
  },
  {
    file: '20251024.mdx',
    line: 5,
    snippet: "import Head from '@docusaurus/Head'",
    attack: 'an import of a theme module to write into <head>',
  },
  {
    file: '20251025.mdx',
    line: 5,
    snippet: '{/* 각주 */ typeof window',
    attack: 'code hidden behind a comment in the same expression',
  },
  {
    file: '20251026.mdx',
    line: 5,
    snippet: "<a href={'javascript:alert(17)'}>x</a>",
    attack: 'a javascript: URL written as an expression',
  },
  {
    file: '20251027.mdx',
    line: 5,
    snippet: '[근거]: javascript:alert(18)',
    attack: 'a javascript: URL in a link reference definition',
  },
  {
    file: '20251028.mdx',
    line: 9,
    snippet: '<link rel="stylesheet" href="https://example.com/evil.css" />',
    attack: 'a stylesheet from another site, hoisted into <head>',
  },
  {
    file: '20251029.mdx',
    line: 5,
    snippet: '<embed src="https://example.com/evil.svg" />',
    attack: 'an embed element',
  },
  {
    file: '20251030.mdx',
    line: 5,
    snippet: 'ONERROR="alert(20)"',
    attack: 'an event handler spelled in capitals',
  },
  {
    file: '20251031.mdx',
    line: 5,
    snippet: '<OrgTag tag="harvard" onClick={() => alert(21)} />',
    attack: 'an event handler on a site component',
  },
];

/** `docs/papers/y2025/oct/<file>:<line>`, for test names. */
export function place(post: Pick<HostilePost, 'file' | 'line'>): string {
  return `${POST_FOLDER}/${post.file}:${post.line}`;
}

/** `docs/papers/y2025/oct/<file>:<line>:`, as every report starts. */
export function location(post: Pick<HostilePost, 'file' | 'line'>): string {
  return `${place(post)}:`;
}

const COLOUR_CODE = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g');

/**
 * Every `file:line` naming a post of `POST_FOLDER` in some output, as
 * `<file>:<line>`, leaving out lines printed as warnings. Absolute paths
 * count too: they end in the same text.
 */
export function namedLocations(output: string): Set<string> {
  const pattern = new RegExp(
    `${POST_FOLDER.replaceAll('/', '[\\\\/]')}[\\\\/](\\d{8}\\.mdx):(\\d+):(?!\\d+\\s+warning\\b)`,
    'g',
  );
  // Colour codes could split a location apart.
  const plain = output.replace(COLOUR_CODE, '');
  return new Set(
    [...plain.matchAll(pattern)].map(([, file, line]) => `${file}:${line}`),
  );
}

/** One `error` line of `lint-posts`' text output. */
export interface LintError {
  /** The path as printed, relative to the site folder. */
  path: string;
  line: number;
  /** The whole printed line. */
  text: string;
}

/** The `path:line:column  error  message  (rule-id)` lines of `lint-posts`. */
export function lintErrors(output: string): LintError[] {
  const errors: LintError[] = [];
  for (const text of output.replace(COLOUR_CODE, '').split('\n')) {
    const match = /^(\S+):(\d+):\d+\s+error\s/.exec(text);
    if (match) {
      errors.push({path: match[1]!, line: Number(match[2]), text});
    }
  }
  return errors;
}
