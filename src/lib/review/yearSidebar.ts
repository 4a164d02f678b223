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

/**
 * The sidebar of one year: its months newest first (`10월`), each with its
 * posts newest first (`10월 27일`), between links to the other years.
 */
export function yearSidebarItems(
  docs: readonly Pick<GeneratorDoc, 'id' | 'source'>[],
  year: number,
  years: readonly ReviewYear[],
): SidebarItem[] {
  const months = new Map<number, {id: string; day: number}[]>();
  for (const doc of docs) {
    const {date} = parsePostPath(doc.source.replace(/^@site\//, ''));
    const posts = months.get(date.month) ?? [];
    posts.push({id: doc.id, day: date.day});
    months.set(date.month, posts);
  }
  const monthItems: SidebarItem[] = [...months.entries()]
    .sort(([a], [b]) => b - a)
    .map(([month, posts], index) => ({
      type: 'category',
      label: `${month}월`,
      key: MONTH_FOLDERS[month - 1],
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
  return [...years]
    .sort((a, b) => b.year - a.year)
    .map((other): SidebarItem =>
      other.year === year
        ? {
            type: 'category',
            label: `${year}년`,
            collapsible: false,
            collapsed: false,
            items: monthItems,
          }
        : {type: 'link', label: `${other.year}년`, href: other.newestPermalink},
    );
}
