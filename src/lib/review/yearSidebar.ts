import {MONTH_FOLDERS, parsePostPath} from './postPath';
import type {PluginOptions} from '@docusaurus/plugin-content-docs';

type SidebarItemsGenerator = PluginOptions['sidebarItemsGenerator'];
type SidebarItem = Awaited<ReturnType<SidebarItemsGenerator>>[number];
type GeneratorDoc = Parameters<SidebarItemsGenerator>[0]['docs'][number];

/** A year of reviews and where its newest post is served. */
export interface ReviewYear {
  year: number;
  newestPermalink: string;
}

/** The months of `docs` newest first (`10월`), each with its posts newest first (`10월 27일`). */
function monthItems(
  docs: readonly Pick<GeneratorDoc, 'id' | 'source'>[],
  keyPrefix = '',
): SidebarItem[] {
  const months = new Map<number, {id: string; day: number}[]>();
  for (const doc of docs) {
    const {date} = parsePostPath(doc.source.replace(/^@site\//, ''));
    const posts = months.get(date.month) ?? [];
    posts.push({id: doc.id, day: date.day});
    months.set(date.month, posts);
  }
  return [...months.entries()]
    .sort(([a], [b]) => b - a)
    .map(([month, posts], index) => ({
      type: 'category',
      label: `${month}월`,
      key: `${keyPrefix}${MONTH_FOLDERS[month - 1]}`,
      collapsible: true,
      collapsed: index > 0,
      items: posts
        .sort((a, b) => b.day - a.day)
        .map((post) => ({
          type: 'doc',
          id: post.id,
          label: `${month}월 ${post.day}일`,
        })),
    }));
}

/**
 * The sidebar of one year (a production docs instance): its months, between
 * links to the other years.
 */
export function yearSidebarItems(
  docs: readonly Pick<GeneratorDoc, 'id' | 'source'>[],
  year: number,
  years: readonly ReviewYear[],
): SidebarItem[] {
  return [...years]
    .sort((a, b) => b.year - a.year)
    .map((other): SidebarItem =>
      other.year === year
        ? {
            type: 'category',
            label: `${year}년`,
            // Collapsible, its label is a link (href="#") crawlers accept;
            // a fixed category renders an <a> without an address.
            collapsible: true,
            collapsed: false,
            items: monthItems(docs),
          }
        : {type: 'link', label: `${other.year}년`, href: other.newestPermalink},
    );
}

/**
 * The sidebar of every year at once (the dev server's one docs instance):
 * each year a category of its months, the newest open. Docusaurus opens the
 * category of the page shown, so a page sees its year as in the build.
 */
export function allYearsSidebarItems(
  docs: readonly Pick<GeneratorDoc, 'id' | 'source'>[],
): SidebarItem[] {
  const years = new Map<number, Pick<GeneratorDoc, 'id' | 'source'>[]>();
  for (const doc of docs) {
    const {date} = parsePostPath(doc.source.replace(/^@site\//, ''));
    years.set(date.year, [...(years.get(date.year) ?? []), doc]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, ofYear], index) => ({
      type: 'category',
      label: `${year}년`,
      key: `y${year}`,
      collapsible: true,
      collapsed: index > 0,
      // Keys name translations, so they are unique across years.
      items: monthItems(ofYear, `y${year}-`),
    }));
}
