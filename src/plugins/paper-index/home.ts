import type {ReviewPost} from '../../lib/review';

/** What the home page shows of one review post. */
export interface HomePost {
  permalink: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title?: string;
  paperCount: number;
  paperTitles: string[];
}

/** The data of the home page. */
export interface HomeData {
  latest: HomePost[];
  postCount: number;
  paperCount: number;
}

/** How many posts the home page lists; the sidebar reaches the rest. */
export const HOME_POST_COUNT = 12;

/** The newest posts with their paper counts, from posts sorted newest first. */
export function homeData(posts: readonly ReviewPost[]): HomeData {
  return {
    latest: posts.slice(0, HOME_POST_COUNT).map((post) => ({
      permalink: post.permalink,
      date: post.date.iso,
      ...(post.title && {title: post.title}),
      paperCount: post.papers.length,
      paperTitles: post.papers.map((paper) => paper.title),
    })),
    postCount: posts.length,
    paperCount: posts.reduce((sum, post) => sum + post.papers.length, 0),
  };
}
