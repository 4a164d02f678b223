import {estreePoint, pointOf, walkEstree} from '../mdxNodes';
import type {RuleId} from '../registry';
import type {LintPost, Report, Site} from '../types';
import type {Node as EstreeNode} from 'estree';

const SCRIPT_TAGS = new Set(['script']);
const FRAME_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed']);

const UNSAFE_SCHEME = /^(?:javascript|vbscript):|^data:text\/html/i;

/**
 * Posts are text, not programs: no scripts, frames, raw HTML injection,
 * event handlers, script URLs or exports, whether written as tags or
 * hidden inside `{…}` JavaScript.
 */
export function checkSafety(site: Site, report: Report): void {
  for (const post of site.targets) {
    const say = (
      rule: RuleId,
      point: {line: number; column: number},
      message: string,
      fix: string,
    ) => report({rule, file: post.file, ...point, message, fix});
    for (const element of post.nodes.jsxElements) {
      checkTag(element.name ?? '', pointOf(element), say);
      for (const item of element.attributes) {
        if (item.type !== 'mdxJsxAttribute') {
          continue;
        }
        const point = pointOf(item);
        checkAttributeName(item.name, point, say);
        if (typeof item.value === 'string') {
          checkUrl(item.value, point, say);
        }
      }
    }
    for (const node of [...post.nodes.links, ...post.nodes.images]) {
      checkUrl(node.url, pointOf(node), say);
    }
    checkJavaScript(post, say);
  }
}

type Say = (
  rule: RuleId,
  point: {line: number; column: number},
  message: string,
  fix: string,
) => void;

function checkTag(
  name: string,
  point: {line: number; column: number},
  say: Say,
) {
  const tag = name.toLowerCase();
  if (SCRIPT_TAGS.has(tag)) {
    say(
      'unsafe-script',
      point,
      `<${name}> would run code in every reader's browser`,
      'remove it; show code in a ``` code block instead',
    );
  } else if (FRAME_TAGS.has(tag)) {
    say(
      'unsafe-iframe',
      point,
      `<${name}> embeds another site into the page`,
      'link to it instead: [title](https://…)',
    );
  }
}

function checkAttributeName(
  name: string,
  point: {line: number; column: number},
  say: Say,
) {
  if (name === 'dangerouslySetInnerHTML') {
    say(
      'unsafe-inner-html',
      point,
      'dangerouslySetInnerHTML copies raw HTML into the page unchecked',
      'write the content as Markdown instead',
    );
  } else if (/^on./i.test(name)) {
    say(
      'unsafe-event-handler',
      point,
      `the ${name} attribute runs code when the reader interacts with the page`,
      'remove it; posts hold no behaviour',
    );
  }
}

function checkUrl(
  url: string,
  point: {line: number; column: number},
  say: Say,
) {
  if (UNSAFE_SCHEME.test(withoutControls(url))) {
    say(
      'unsafe-url',
      point,
      `"${url.length > 40 ? `${url.slice(0, 37)}…` : url}" runs code instead of opening a page`,
      'link to an https:// page or a page of this site',
    );
  }
}

function checkJavaScript(post: LintPost, say: Say): void {
  for (const {program} of post.nodes.programs) {
    walkEstree(program, (node: EstreeNode) => {
      const type = node.type as string;
      const point = estreePoint(node);
      if (
        type === 'ExportNamedDeclaration' ||
        type === 'ExportDefaultDeclaration' ||
        type === 'ExportAllDeclaration'
      ) {
        say(
          'unsafe-export',
          point,
          'a post exports JavaScript, which can change the page or the site around it',
          "remove the export; front matter holds a post's data",
        );
      } else if (type === 'JSXOpeningElement') {
        const name = (node as unknown as {name: {name?: unknown}}).name.name;
        if (typeof name === 'string') {
          checkTag(name, point, say);
        }
      } else if (type === 'JSXAttribute') {
        const name = (node as unknown as {name: {name?: unknown}}).name.name;
        if (typeof name === 'string') {
          checkAttributeName(name, point, say);
        }
      } else if (node.type === 'Property') {
        const key = node.key;
        const name =
          key.type === 'Identifier'
            ? key.name
            : key.type === 'Literal'
              ? String(key.value)
              : undefined;
        if (name === 'dangerouslySetInnerHTML') {
          checkAttributeName(name, point, say);
        }
      } else if (node.type === 'Literal' && typeof node.value === 'string') {
        checkUrl(node.value, point, say);
      }
    });
  }
}

// Browsers drop spaces and control characters before reading a scheme, so
// `java\tscript:` still runs.
function withoutControls(url: string): string {
  let kept = '';
  for (const character of url) {
    if (character.charCodeAt(0) > 0x20) {
      kept += character;
    }
  }
  return kept;
}
