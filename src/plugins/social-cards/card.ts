import {koreanDate} from '../../lib/review/dateLabel';
import {resolveOrg} from '../../data/orgs';
import {fullTitle, type ReviewPost} from '../../lib/review';

/** What a review's card shows. */
export interface CardContent {
  site: string;
  /** `2025년 10월 27일`. */
  date: string;
  /** The post's own title, when it has one beyond its date. */
  title?: string;
  papers: string[];
  orgs: string[];
}

/** What a review's card shows: its date, papers and organisations. */
export function cardContent(post: ReviewPost, site: string): CardContent {
  const orgs: string[] = [];
  for (const paper of post.papers) {
    for (const tag of paper.orgs) {
      const name = resolveOrg(tag)?.org.name ?? tag.trim();
      if (!orgs.includes(name)) orgs.push(name);
    }
  }
  return {
    site,
    date: koreanDate(post.date.iso),
    ...(post.title && {title: post.title}),
    papers: post.papers.map(fullTitle),
    orgs,
  };
}
