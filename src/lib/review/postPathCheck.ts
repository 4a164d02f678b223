import {ContentError} from './errors';
import {calendarDate, dateFolders, parsePostPath} from './postPath';
import type {PostDate, PostLocation} from './postPath';

/** What is wrong with a review post's path, from the most basic up. */
export type PostPathCheck =
  | {ok: true; location: PostLocation}
  | {ok: false; problem: 'file-name'; fileName: string}
  | {ok: false; problem: 'date'; fileName: string}
  | {ok: false; problem: 'folder'; date: PostDate; expectedFolder: string};

/**
 * Like `parsePostPath`, but says which part of the path is wrong instead of
 * throwing, so that a linter can give each mistake its own rule and fix.
 */
export function checkPostPath(file: string): PostPathCheck {
  try {
    return {ok: true, location: parsePostPath(file)};
  } catch (error) {
    if (!(error instanceof ContentError)) {
      throw error;
    }
  }
  const fileName = file.replaceAll('\\', '/').split('/').at(-1) ?? file;
  const stamp = /^(\d{4})(\d{2})(\d{2})\.mdx$/.exec(fileName);
  if (!stamp) {
    return {ok: false, problem: 'file-name', fileName};
  }
  const date = calendarDate(
    Number(stamp[1]),
    Number(stamp[2]),
    Number(stamp[3]),
  );
  if (!date) {
    return {ok: false, problem: 'date', fileName};
  }
  const folders = dateFolders(date);
  return {
    ok: false,
    problem: 'folder',
    date,
    expectedFolder: `docs/papers/${folders.year}/${folders.month}/`,
  };
}
