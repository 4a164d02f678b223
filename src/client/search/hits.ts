/**
 * Search results as the UI shows them, from Pagefind's raw record data.
 */
import {LIST_SEPARATOR, type RecordKind} from './schema';
import type {PagefindFragment} from './pagefind';

/** A run of excerpt text; `mark` when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One search result. */
export interface SearchHit {
  id: string;
  url: string;
  kind: RecordKind;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  subtitle?: string;
  /** Organisation tags as written in the post. */
  orgs: string[];
  /** The review a paper belongs to. */
  post?: string;
  excerpt: ExcerptPart[];
}

const KINDS: readonly string[] = ['paper', 'review', 'blog'];

/** A result from a record's data; unknown kinds read as blog posts. */
export function toHit(id: string, fragment: PagefindFragment): SearchHit {
  const {meta} = fragment;
  const kind = (
    KINDS.includes(meta.kind ?? '') ? meta.kind : 'blog'
  ) as RecordKind;
  return {
    id,
    url: fragment.url,
    kind,
    title: meta.title ?? fragment.url,
    date: meta.date ?? '',
    ...(meta.subtitle && {subtitle: meta.subtitle}),
    orgs: meta.orgs ? meta.orgs.split(LIST_SEPARATOR).filter(Boolean) : [],
    ...(meta.post && {post: meta.post}),
    excerpt: excerptParts(fragment.excerpt),
  };
}

const ENTITIES: Record<string, string> = {'&lt;': '<', '&gt;': '>'};

/**
 * Splits Pagefind's excerpt into plain and matched runs, so that it renders
 * as text: Pagefind escapes `<` and `>` of the content and adds `<mark>`.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&[lg]t;/g, (entity) => ENTITIES[entity]!);
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) {
      last.text += text;
    } else {
      parts.push({text, mark});
    }
  }
  return parts;
}
