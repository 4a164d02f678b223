import {ContentError} from './errors';

/** Month folder names, in calendar order: `jan` is month 1. */
export const MONTH_FOLDERS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
export type MonthFolder = (typeof MONTH_FOLDERS)[number];

/** The calendar date of a review post, taken from its file name. */
export interface PostDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** `YYYY-MM-DD`. */
  iso: string;
}

/** Where a review post lives and where it is served. */
export interface PostLocation {
  date: PostDate;
  /** Path below the docs folder, e.g. `papers/y2025/oct/20251027.mdx`. */
  docPath: string;
  /** The public URL path, e.g. `/docs/papers/y2025/oct/20251027`. */
  permalink: string;
}

const POST_PATH = /(?:^|\/)papers\/([^/]+)\/([^/]+)\/([^/]+)$/;

/**
 * Reads the date of a review post from its path (`…/papers/yYYYY/mon/YYYYMMDD.mdx`)
 * and rejects impossible dates and folders that disagree with the file name.
 */
export function parsePostPath(file: string): PostLocation {
  const normalized = file.replaceAll('\\', '/');
  const match = POST_PATH.exec(normalized);
  const fail = (reason: string, hint: string): never => {
    throw new ContentError(reason, {file, hint});
  };
  if (!match) {
    return fail(
      'a review post must live at docs/papers/yYYYY/<mon>/YYYYMMDD.mdx',
      'move it to the folder of its date, e.g. docs/papers/y2025/oct/20251027.mdx',
    );
  }
  const [, yearFolder, monthFolder, fileName] = match as unknown as [
    string,
    string,
    string,
    string,
  ];
  const name = /^(\d{4})(\d{2})(\d{2})\.mdx$/.exec(fileName);
  if (!name) {
    return fail(
      `file name "${fileName}" is not YYYYMMDD.mdx`,
      'name the post after its date, e.g. 20251027.mdx',
    );
  }
  const date = calendarDate(Number(name[1]), Number(name[2]), Number(name[3]));
  if (!date) {
    return fail(
      `"${fileName}" is not a real calendar date`,
      'check the month (01-12) and the day of that month',
    );
  }
  const expected = dateFolders(date);
  if (yearFolder !== expected.year || monthFolder !== expected.month) {
    return fail(
      `folder ${yearFolder}/${monthFolder} does not match the date ${date.iso} of "${fileName}"`,
      `move it to docs/papers/${expected.year}/${expected.month}/`,
    );
  }
  const docPath = `papers/${expected.year}/${expected.month}/${fileName}`;
  return {date, docPath, permalink: `/docs/${docPath.replace(/\.mdx$/, '')}`};
}

/** The path below the docs folder where the post of `date` belongs. */
export function postDocPath(date: PostDate): string {
  const folders = dateFolders(date);
  const stamp = date.iso.replaceAll('-', '');
  return `papers/${folders.year}/${folders.month}/${stamp}.mdx`;
}

/** Builds a checked date, or `undefined` when it does not exist (e.g. Feb 30). */
export function calendarDate(
  year: number,
  month: number,
  day: number,
): PostDate | undefined {
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (
    !Number.isInteger(year) ||
    year < 1000 ||
    year > 9999 ||
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return undefined;
  }
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return {year, month, day, iso};
}

/** Parses `YYYY-MM-DD` strictly (no coercion of 2025-13-45 into 2026). */
export function parseIsoDate(text: string): PostDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match
    ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
    : undefined;
}

/** The year folder (`y2025`) and month folder (`oct`) of a date. */
export function dateFolders(date: PostDate): {
  year: string;
  month: MonthFolder;
} {
  return {year: `y${date.year}`, month: MONTH_FOLDERS[date.month - 1]!};
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
