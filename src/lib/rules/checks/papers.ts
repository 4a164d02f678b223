import {toString} from 'mdast-util-to-string';
import {
  extractArxivId,
  headingsWithoutLink,
  paperFrontMatter,
  paperHeadingShape,
  paperKey,
  singlePaperAdvice,
  type PaperFrontMatter,
  type PaperSection,
} from '../../review';
import {isTemplateText} from '../../review/placeholder';
import {pointOf} from '../mdxNodes';
import type {LintPost, Report} from '../types';
import type {RootContent} from 'mdast';

/** Text an author leaves where a review is still to be written. */
const PLACEHOLDER_TEXT =
  /^(?:링크|link|links|todo|tbd|tba|wip|작성\s?중|준비\s?중|추가\s?예정|내용\s?없음|\.{2,}|…|-)?$/i;

/** Inline nodes that carry nothing but words. */
const WORDS_ONLY = new Set(['text', 'emphasis', 'strong', 'break', 'delete']);

/**
 * Paper entries: a heading that looks like a paper starts with its link
 * (or the post reviews one paper and says so in front matter, and then has
 * no paper headings), arXiv and Hugging Face links are well-formed, each
 * paper appears once, numbers run in order and every section holds a review.
 */
export function checkPapers(post: LintPost, report: Report): void {
  if (!post.tree) {
    return;
  }
  const named = paperFrontMatter(post.tree);
  if (named) {
    checkMixedShapes(post, named, report);
  } else {
    checkHeadingsWithoutLink(post, report);
  }
  const seen = new Map<string, PaperSection>();
  for (const section of post.sections) {
    checkPaperUrl(post, section, report);
    const key = paperKey(section.paper);
    const first = seen.get(key);
    if (first) {
      report({
        rule: 'duplicate-paper',
        file: post.file,
        ...pointOf(section.heading),
        message: `this paper (${section.paper.arxivId ? `arXiv ${section.paper.arxivId}` : section.paper.url}) is already reviewed at line ${first.paper.line}`,
        fix: `merge the two sections${section.paper.alias ? `; only the first answers to #${section.paper.alias}` : ''}`,
      });
    } else {
      seen.set(key, section);
    }
    checkSectionBody(post, section, report);
  }
  checkNumbering(post, report);
}

function checkHeadingsWithoutLink(post: LintPost, report: Report): void {
  const advice = singlePaperAdvice(post.tree!, post.sections);
  if (advice) {
    report({
      rule: 'single-paper-front-matter',
      file: post.file,
      ...pointOf(advice.heading),
      message: advice.message,
      fix: advice.fix,
    });
    return;
  }
  for (const {heading, text, hasLink} of headingsWithoutLink(
    post.tree!,
    post.sections,
  )) {
    report({
      rule: 'paper-missing-link',
      file: post.file,
      ...pointOf(heading),
      message: hasLink
        ? `paper heading "${text}" must start with the paper's link (after its number)`
        : `paper heading "${text}" has no link to the paper`,
      fix: 'write ## N. [Title](https://huggingface.co/papers/<arXiv id>) `org`',
    });
  }
}

/** A post whose front matter names its paper reviews no other in headings. */
function checkMixedShapes(
  post: LintPost,
  named: PaperFrontMatter,
  report: Report,
): void {
  for (const node of post.tree!.children) {
    if (node.type !== 'heading' || node.depth !== 2) continue;
    const shape = paperHeadingShape(node);
    if (!shape) continue;
    report({
      rule: 'single-paper-mixed',
      file: post.file,
      ...pointOf(node),
      message: `the front matter names this post's paper (paper: on line ${named.key.line}), so the paper heading "${toString(node).trim()}" would review a second one`,
      fix: `review one paper per post: write this heading without the link (## ${shape.number === undefined ? '' : `${shape.number}. `}${toString(shape.link).trim()}), or remove paper: and orgs: from the front matter and start every paper heading with its link`,
    });
  }
}

function checkPaperUrl(
  post: LintPost,
  section: PaperSection,
  report: Report,
): void {
  const {url} = section.paper;
  // A front-matter paper is reported where its URL is written.
  const where = {
    file: post.file,
    ...(section.frontMatter?.value ?? pointOf(section.heading)),
  };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    report({
      rule: 'paper-url',
      ...where,
      message: `paper link "${url}" is not an absolute URL`,
      fix: 'link the paper page, e.g. https://huggingface.co/papers/2510.14901',
    });
    return;
  }
  const host = parsed.hostname.replace(/^(?:www|export)\./, '');
  const guess = /(?<![\d.])\d{4}\.\d{4,5}(?![\d.])/.exec(url)?.[0];
  if (host === 'arxiv.org' && !extractArxivId(url)) {
    report({
      rule: 'paper-url',
      ...where,
      message: `"${url}" is not a well-formed arXiv abs or pdf URL`,
      fix: guess
        ? `write https://arxiv.org/abs/${guess}`
        : "write the abs URL with the paper's id, e.g. https://arxiv.org/abs/2510.14901",
    });
  } else if (
    host === 'huggingface.co' &&
    /^\/papers(?:\/|$)/.test(parsed.pathname)
  ) {
    if (/^\/papers\/?$/.test(parsed.pathname)) {
      report({
        rule: 'paper-search-link',
        ...where,
        message: `the paper links to a Hugging Face search${parsed.searchParams.get('q') ? ` for "${parsed.searchParams.get('q')}"` : ''}, not to the paper`,
        fix: 'link its page, https://huggingface.co/papers/<arXiv id>, so the card gets arXiv and PDF links and the #arxiv-… anchor',
      });
    } else if (!extractArxivId(url)) {
      report({
        rule: 'paper-url',
        ...where,
        message: `"${url}" is not a well-formed Hugging Face paper URL`,
        fix: `write https://huggingface.co/papers/${guess ?? '<arXiv id>'}`,
      });
    }
  }
}

function checkSectionBody(
  post: LintPost,
  section: PaperSection,
  report: Report,
): void {
  const bodyStart =
    section.start + (section.frontMatter ? 0 : section.subtitleHeading ? 2 : 1);
  const body = post.tree!.children.slice(bodyStart, section.end);
  if (!body.every(isWordsOnly)) {
    return;
  }
  const text = body
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:：]+$/, '');
  if (!PLACEHOLDER_TEXT.test(text) && !isTemplateText(text)) {
    return;
  }
  report({
    rule: 'empty-section',
    file: post.file,
    ...pointOf(section.heading),
    message: text
      ? `the section of "${section.paper.title}" holds only the placeholder "${text}"`
      : `the section of "${section.paper.title}" has no review text`,
    fix: 'write the review, or leave the paper out until there is one',
  });
}

function isWordsOnly(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.every((child) => WORDS_ONLY.has(child.type))
  );
}

function checkNumbering(post: LintPost, report: Report): void {
  const numbers = post.sections.map((section) => section.paper.number);
  if (numbers.every((number) => number === undefined)) {
    return;
  }
  const first = numbers.findIndex((number, index) => number !== index + 1);
  if (first < 0) {
    return;
  }
  const section = post.sections[first]!;
  report({
    rule: 'paper-numbering',
    file: post.file,
    ...pointOf(section.heading),
    message: `papers are numbered ${numbers.map((number) => number ?? '–').join(', ')}; expected 1 to ${numbers.length} in order`,
    fix: `number them 1 to ${numbers.length}; a number is part of the heading's anchor, so in a published post keep each old one with {/* #old-id */} at the end of the heading`,
  });
}
