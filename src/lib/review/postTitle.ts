import {calendarDate, type PostDate} from './postPath';
import {koreanDate} from './dateLabel';

/** A date as authors write it; see `datesIn`. */
const DATE_PATTERN =
  /(\d{4})\s*(?:[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})|년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일)/g;

/** Dates written as 2025-10-27, 2025.10.27, 2025/10/27 or 2025년 10월 27일. */
export function datesIn(text: string): PostDate[] {
  const dates: PostDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const month = Number(match[2] ?? match[4]);
    const day = Number(match[3] ?? match[5]);
    const date = calendarDate(Number(match[1]), month, day);
    if (date) {
      dates.push(date);
    }
  }
  return dates;
}

/** What is left of a title without its dates: the words of the habit. */
const DATE_HABIT =
  /^[\s\p{P}]*(?:papers?[\s\p{P}]*reviews?|논문[\s\p{P}]*리뷰|리뷰)?[\s\p{P}]*$/iu;

/**
 * A review's own title, or none when the title only dates the post
 * ("2025-10-26 papers review", "2025년 10월 27일 리뷰"): the file's date
 * names such a post, so a reader never sees two dates for one post.
 */
export function ownTitle(title: string | undefined): string | undefined {
  if (title === undefined || datesIn(title).length === 0) return title;
  const words = title.replace(DATE_PATTERN, ' ');
  return DATE_HABIT.test(words) ? undefined : title;
}

/** What a review is called where it stands alone: its own title, else its date. */
export function reviewName(iso: string, title?: string): string {
  return title ?? `${koreanDate(iso)} 논문 리뷰`;
}

/**
 * What a review's page is titled (its heading, `<title>`, previous/next):
 * what the author wrote when it says more than a date, else the file's date.
 */
export function reviewPageTitle(iso: string, written?: string): string {
  return reviewName(iso, ownTitle(written));
}

/** The longest description search engines and link previews show whole. */
const DESCRIPTION_LENGTH = 160;

/**
 * What a review says in link previews and search results: its papers by
 * title, then the start of its first review text, cut at a word.
 */
export function reviewDescription(
  papers: readonly {title: string; text?: string}[],
): string {
  const titles = `논문 ${papers.length}편: ${papers.map((paper) => paper.title).join(' · ')}`;
  const text = papers.find((paper) => (paper.text?.length ?? 0) > 20)?.text;
  const whole = text ? `${titles}. ${text}` : titles;
  if (whole.length <= DESCRIPTION_LENGTH) return whole;
  const cut = whole.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
