import {isMap, isScalar, type Node as YamlNode} from 'yaml';
import {parseIsoDate} from '../../review';
import {frontMatterKey, yamlNodePoint} from '../frontMatterPlaces';
import {suggest} from '../suggest';
import type {LintPost, Report} from '../types';

type ValueKind =
  | 'string'
  | 'string-or-null'
  | 'boolean'
  | 'number'
  | 'heading-level'
  | 'strings'
  | 'tags'
  | 'url'
  | 'tag-or-tags'
  | 'date'
  | 'last-update';

/**
 * The keys of a single-paper review, in any post: the paper it reviews and
 * its organisations (read by `paperFrontMatter`).
 */
const PAPER_KEYS: Readonly<Record<string, ValueKind>> = {
  paper: 'url',
  orgs: 'tag-or-tags',
};

/**
 * The front-matter keys a review post may use, with the value each takes:
 * the Docusaurus docs keys that make sense for a dated post, and the paper
 * keys.
 */
const FRONT_MATTER_KEYS: Readonly<Record<string, ValueKind>> = {
  ...PAPER_KEYS,
  id: 'string',
  title: 'string',
  description: 'string',
  tags: 'tags',
  keywords: 'strings',
  image: 'string',
  slug: 'string',
  sidebar_label: 'string',
  sidebar_position: 'number',
  hide_title: 'boolean',
  hide_table_of_contents: 'boolean',
  toc_min_heading_level: 'heading-level',
  toc_max_heading_level: 'heading-level',
  draft: 'boolean',
  unlisted: 'boolean',
  last_update: 'last-update',
  pagination_next: 'string-or-null',
  pagination_prev: 'string-or-null',
  custom_edit_url: 'string-or-null',
  date: 'date',
};

const KIND_WORDS: Record<ValueKind, string> = {
  string: 'text',
  'string-or-null': 'text or null',
  boolean: 'true or false',
  number: 'a number',
  'heading-level': 'a heading level from 2 to 6',
  strings: 'a list of words, e.g. [a, b]',
  tags: 'a list of tags, e.g. [rl, moe]',
  url: "the paper's URL, e.g. https://arxiv.org/abs/1706.03762",
  'tag-or-tags': 'an organisation id or a list of them, e.g. [google]',
  date: 'a date, YYYY-MM-DD',
  'last-update': 'a map with date and author',
};

/**
 * Front matter: valid YAML, known keys, values of the right type, dates
 * that exist (read as text, before a YAML date type turns 2025-13-45 into
 * 2026-02-14), and no `slug`/`id` that moves the post off its date URL.
 */
export function checkFrontMatter(post: LintPost, report: Report): void {
  const frontMatter = post.frontMatter;
  if (!frontMatter) {
    return;
  }
  // The blog plugin validates its own keys; the paper keys are ours.
  if (post.kind !== 'review') {
    checkPaperKeys(post, report);
    return;
  }
  if (frontMatter.errors.length > 0) {
    for (const error of frontMatter.errors) {
      report({
        rule: 'front-matter-yaml',
        file: post.file,
        ...error.point,
        message: `front matter is not valid YAML: ${error.message}`,
        fix: 'fix the YAML between the two --- lines; quote text that contains ": " or starts with a special character',
      });
    }
    return;
  }
  const contents = frontMatter.document.contents;
  if (contents === null) {
    return;
  }
  if (!isMap(contents)) {
    report({
      rule: 'front-matter-yaml',
      file: post.file,
      ...(yamlNodePoint(post, contents) ?? {line: 1, column: 1}),
      message: 'front matter must be `key: value` lines',
      fix: 'write one `key: value` per line between the --- lines, e.g. title: 2025-10-27 papers review',
    });
    return;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) {
      continue;
    }
    const kind = FRONT_MATTER_KEYS[key];
    if (!kind) {
      const guess = suggest(key, Object.keys(FRONT_MATTER_KEYS), 1 / 2);
      report({
        rule: 'front-matter-key',
        file: post.file,
        ...frontMatterKey(post, key),
        message: `unknown front-matter key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; Docusaurus ignores it without a word`,
        fix: guess
          ? `rename it to ${guess}`
          : `remove it; known keys: ${Object.keys(FRONT_MATTER_KEYS).join(', ')}`,
      });
      continue;
    }
    checkValue(post, key, kind, pair.value as YamlNode | null, report);
  }
  checkUrlOverride(post, report);
}

function checkPaperKeys(post: LintPost, report: Report): void {
  const contents = post.frontMatter?.document.contents;
  if (post.frontMatter?.errors.length || !isMap(contents)) {
    return;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const kind = key === undefined ? undefined : PAPER_KEYS[key];
    if (key !== undefined && kind) {
      checkValue(post, key, kind, pair.value as YamlNode | null, report);
    }
  }
}

function checkValue(
  post: LintPost,
  key: string,
  kind: ValueKind,
  node: YamlNode | null,
  report: Report,
): void {
  const value = post.data[key];
  const point = yamlNodePoint(post, node) ?? frontMatterKey(post, key);
  if (kind === 'date') {
    checkDateText(post, key, node, point, report);
    return;
  }
  if (kind === 'last-update' && isMap(node)) {
    const datePair = node.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === 'date',
    );
    if (datePair) {
      const dateNode = datePair.value as YamlNode | null;
      checkDateText(
        post,
        `${key}.date`,
        dateNode,
        yamlNodePoint(post, dateNode) ?? point,
        report,
      );
    }
  }
  if (!hasKind(value, kind)) {
    report({
      rule: 'front-matter-type',
      file: post.file,
      ...point,
      message: `front-matter "${key}" must be ${KIND_WORDS[kind]}, not ${JSON.stringify(value) ?? 'nothing'}`,
      fix: `write ${key} as ${KIND_WORDS[kind]}`,
    });
  }
}

function hasKind(value: unknown, kind: ValueKind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'string-or-null':
      return typeof value === 'string' || value === null;
    case 'url':
      return typeof value === 'string' && /^https?:\/\/\S+$/.test(value.trim());
    case 'tag-or-tags':
      return (
        typeof value === 'string' ||
        (Array.isArray(value) &&
          value.every((item) => typeof item === 'string'))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'heading-level':
      return (
        Number.isInteger(value) && Number(value) >= 2 && Number(value) <= 6
      );
    case 'strings':
      return (
        Array.isArray(value) && value.every((item) => typeof item === 'string')
      );
    case 'tags':
      return (
        Array.isArray(value) &&
        value.every(
          (item) =>
            typeof item === 'string' ||
            (item !== null &&
              typeof item === 'object' &&
              typeof (item as {label?: unknown}).label === 'string'),
        )
      );
    case 'last-update':
      return (
        value !== null && typeof value === 'object' && !Array.isArray(value)
      );
    case 'date':
      return true;
  }
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function checkDateText(
  post: LintPost,
  key: string,
  node: YamlNode | null,
  point: {line: number; column: number},
  report: Report,
): void {
  const text = isScalar(node)
    ? (node.source ?? String(node.value)).trim()
    : undefined;
  const day = text === undefined ? undefined : DATE_TIME.exec(text)?.[1];
  if (day && parseIsoDate(day)) {
    return;
  }
  const coerced = text && coercedDate(text);
  report({
    rule: 'front-matter-date',
    file: post.file,
    ...point,
    message: `front-matter ${key} ${text === undefined ? 'is not a date' : `"${text}" is not a real YYYY-MM-DD date`}${coerced ? `; Docusaurus would silently read it as ${coerced}` : ''}`,
    fix: post.location
      ? `write a real date such as ${post.location.date.iso}, or leave ${key} out: the file name already dates the post`
      : 'write a real date as YYYY-MM-DD',
  });
}

/** The day JavaScript makes of an impossible date, as the YAML loader does. */
function coercedDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) {
    return undefined;
  }
  const date = new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])),
  );
  return Number.isNaN(date.getTime())
    ? undefined
    : date.toISOString().slice(0, 10);
}

function checkUrlOverride(post: LintPost, report: Report): void {
  const location = post.location;
  if (!location || !post.url || post.url === location.permalink) {
    return;
  }
  const key = typeof post.data.slug === 'string' ? 'slug' : 'id';
  report({
    rule: 'front-matter-url',
    file: post.file,
    ...frontMatterKey(post, key),
    message: `\`${key}\` moves this post from ${location.permalink} to ${post.url}`,
    fix: `remove \`${key}\`: reviews are served at their date path, which other pages link to`,
  });
}
