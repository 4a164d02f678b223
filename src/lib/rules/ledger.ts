import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LedgerEntry, LintPost} from './types';

/** The ledger file, at the root of the site. */
export const LEDGER_FILE = 'anchors.lock';

const HEADER =
  '# Every URL#anchor the site has published; lint-posts fails if one disappears. Record new ones with: npm run anchors:update';

/** The lines of `anchors.lock`, or `undefined` when the site has none. */
export function readLedger(root: string): LedgerEntry[] | undefined {
  const file = path.join(root, LEDGER_FILE);
  if (!existsSync(file)) {
    return undefined;
  }
  const entries: LedgerEntry[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const line = text.trim();
      const hash = line.indexOf('#');
      if (line && !line.startsWith('#') && hash > 0) {
        entries.push({
          url: line.slice(0, hash),
          anchor: line.slice(hash + 1),
          line: index + 1,
        });
      }
    });
  return entries;
}

/** `URL#anchor` for every anchor the published posts answer to, sorted. */
export function publishedAnchors(posts: readonly LintPost[]): string[] {
  const anchors = new Set<string>();
  for (const post of posts) {
    if (post.url && post.complete && !post.draft) {
      for (const anchor of post.anchors) {
        anchors.add(`${post.url}#${anchor.id}`);
      }
    }
  }
  return [...anchors].sort(compareCodePoints);
}

/** The text of `anchors.lock` for these anchors: the header, then one per line. */
export function renderLedger(anchors: readonly string[]): string {
  return `${HEADER}\n${[...anchors].sort(compareCodePoints).join('\n')}\n`;
}

/** What recording the current anchors would change. */
export interface LedgerUpdate {
  added: string[];
  removed: string[];
  total: number;
  /** False when removals blocked the update, or nothing changed. */
  written: boolean;
  /** Posts that could not be read, which blocks any update. */
  unreadable: string[];
}

/**
 * Rewrites `anchors.lock` with every anchor the posts publish now. Refuses
 * (writes nothing) when a recorded anchor would go, unless `allowRemoval`,
 * and when a post cannot be parsed, since its anchors would look removed.
 */
export function updateLedger(
  root: string,
  posts: readonly LintPost[],
  {allowRemoval = false}: {allowRemoval?: boolean} = {},
): LedgerUpdate {
  const current = publishedAnchors(posts);
  const recorded = (readLedger(root) ?? []).map(
    (entry) => `${entry.url}#${entry.anchor}`,
  );
  const recordedSet = new Set(recorded);
  const currentSet = new Set(current);
  const added = current.filter((anchor) => !recordedSet.has(anchor));
  const removed = [...recordedSet]
    .filter((anchor) => !currentSet.has(anchor))
    .sort(compareCodePoints);
  const unreadable = posts
    .filter((post) => !post.complete)
    .map((post) => post.file);
  const blocked =
    unreadable.length > 0 || (removed.length > 0 && !allowRemoval);
  const changed =
    added.length > 0 ||
    removed.length > 0 ||
    !existsSync(path.join(root, LEDGER_FILE));
  if (!blocked && changed) {
    writeFileSync(path.join(root, LEDGER_FILE), renderLedger(current));
  }
  return {
    added,
    removed,
    total: current.length,
    written: !blocked && changed,
    unreadable,
  };
}

// Locale-independent, so the file is the same on every machine.
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
