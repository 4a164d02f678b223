import {readFileSync} from 'node:fs';
import path from 'node:path';
import {checkPostPath} from './postPathCheck';
import {listPostFiles} from './scan';
import type {ReviewYear} from './yearSidebar';

/** A draft's front matter says so; production builds leave drafts out. */
const isDraftSource = (source: string) =>
  /^---\r?\n(?:.*\r?\n)*?draft:\s*true\s*\r?\n(?:.*\r?\n)*?---/.test(source);

/**
 * The years of reviews in `<siteDir>/docs/papers`, newest first, each with
 * its newest post (the "리뷰" link and the links between years). `drafts`
 * counts drafts as posts, as the dev server shows them. A misplaced post is
 * the content rules' to report.
 */
export function reviewYears(
  siteDir: string,
  {drafts}: {drafts: boolean},
): ReviewYear[] {
  const newest = new Map<number, string>();
  for (const file of listPostFiles(siteDir)) {
    const check = checkPostPath(file);
    if (!check.ok) continue;
    if (
      !drafts &&
      isDraftSource(readFileSync(path.join(siteDir, file), 'utf8'))
    ) {
      continue;
    }
    const {date, permalink} = check.location;
    const current = newest.get(date.year);
    if (!current || permalink > current) newest.set(date.year, permalink);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, newestPermalink]) => ({year, newestPermalink}));
}
