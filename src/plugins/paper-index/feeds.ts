import {Feed} from 'feed';
import {koreanDate} from '../../lib/review/dateLabel';
import {reviewName} from '../../lib/review/postTitle';
import {escapeHtml} from './html';
import {absoluteUrl} from '../../lib/site/absoluteUrl';
import type {SiteInfo} from './site';
import {licenseNotice} from '../../lib/site/contentLicense';
import type {ReviewPost} from '../../lib/review';

/** Where the feeds are published, relative to the site root. */
export const FEED_FILES = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  json: 'feed.json',
} as const;

/** How many of the newest review posts each feed carries. */
const FEED_POST_COUNT = 30;

/** The three feeds of the review posts, as file contents. */
export interface RenderedFeeds {
  rss: string;
  atom: string;
  json: string;
}

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest review posts, one item
 * per post listing its papers. Dates are the posts' own dates (midnight UTC),
 * so the feeds do not change when nothing was published.
 */
export function renderFeeds(
  posts: readonly ReviewPost[],
  site: SiteInfo,
): RenderedFeeds {
  const newest = [...posts]
    .sort((a, b) => b.date.iso.localeCompare(a.date.iso))
    .slice(0, FEED_POST_COUNT);
  const home = absoluteUrl(site, '/');
  const feedUrl = (file: string) => absoluteUrl(site, `/${file}`);
  const items = newest.map((post) => feedItem(post, site));
  const updated = items[0]?.date ?? new Date(0);

  const feed = new Feed({
    title: site.title,
    description: site.description,
    id: home,
    link: home,
    language: site.language,
    updated,
    generator: 'Docusaurus',
    copyright: licenseNotice(site.license, site.title),
    feedLinks: {rss: feedUrl(FEED_FILES.rss), atom: feedUrl(FEED_FILES.atom)},
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.url,
      link: item.url,
      date: item.date,
      description: item.summary,
      content: item.html,
    });
  }
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: home,
    feed_url: feedUrl(FEED_FILES.json),
    description: site.description,
    language: site.language,
    // JSON Feed has no licence field; `_` marks an extension.
    _license: site.license,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: item.date.toISOString(),
      language: site.language,
    })),
  };
  return {
    rss: feed.rss2(),
    atom: feed.atom1(),
    json: `${JSON.stringify(json, null, 2)}\n`,
  };
}

interface FeedItem {
  title: string;
  url: string;
  date: Date;
  summary: string;
  html: string;
}

function feedItem(post: ReviewPost, site: SiteInfo): FeedItem {
  const {year, month, day} = post.date;
  const url = absoluteUrl(site, post.permalink);
  const titles = post.papers.map((paper) => paper.title);
  const list = post.papers
    .map(
      (paper) =>
        `<li><a href="${escapeHtml(`${url}#${paper.id}`)}">${escapeHtml(paper.title)}</a>${
          paper.subtitle ? ` — ${escapeHtml(paper.subtitle)}` : ''
        }</li>`,
    )
    .join('');
  return {
    title: post.title
      ? `${koreanDate(post.date.iso)} 리뷰: ${post.title}`
      : reviewName(post.date.iso),
    url,
    date: new Date(Date.UTC(year, month - 1, day)),
    summary: `논문 ${titles.length}편: ${titles.join(', ')}`,
    html: `<p>논문 ${titles.length}편</p><ul>${list}</ul>`,
  };
}
