import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parsePost, type ReviewPost} from '../../lib/review';
import {listPostFiles} from '../../lib/review/scan';

/** Reads and parses every review post of the site, newest first. */
export async function loadReviewPosts(siteDir: string): Promise<ReviewPost[]> {
  const files = listPostFiles(siteDir);
  const posts = await Promise.all(
    files.map(async (file) =>
      parsePost(await readFile(path.join(siteDir, file), 'utf8'), file),
    ),
  );
  return posts.sort((a, b) => b.date.iso.localeCompare(a.date.iso));
}
