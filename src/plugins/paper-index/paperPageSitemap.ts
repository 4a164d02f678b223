import {PAPER_PAGE_ROUTE} from '../../client/paperPages/data';
import type {PluginOptions as SitemapOptions} from '@docusaurus/plugin-sitemap';

type CreateSitemapItems = NonNullable<SitemapOptions['createSitemapItems']>;

/**
 * Puts the paper pages in the sitemap: they share one route, which the
 * sitemap would list as its pattern. Filled by the paper-index plugin
 * whenever it loads the posts, read by the sitemap plugin's `postBuild`.
 */
export class PaperPageSitemap {
  #paths: readonly string[] = [];

  /** The paths of the paper pages, with the base URL. */
  update(paths: readonly string[]): void {
    this.#paths = paths;
  }

  readonly createSitemapItems: CreateSitemapItems = async ({
    defaultCreateSitemapItems,
    ...params
  }) => {
    const items = await defaultCreateSitemapItems(params);
    const origin = params.siteConfig.url.replace(/\/$/, '');
    return [
      ...items.filter((item) => !item.url.endsWith(PAPER_PAGE_ROUTE)),
      ...this.#paths.map((pathname) => ({
        url: `${origin}${pathname}`,
        lastmod: null,
        changefreq: null,
        priority: null,
      })),
    ];
  };
}
