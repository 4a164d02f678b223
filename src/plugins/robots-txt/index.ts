import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * robots.txt: every page may be crawled, and the sitemap is named by its
 * absolute address, which crawlers need and only the config knows (the
 * site's URL is set per deployment).
 */
export function renderRobotsTxt(url: string, baseUrl: string): string {
  const sitemap = new URL(`${baseUrl}sitemap.xml`, url).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}

/** Writes `robots.txt` into the build. */
export default function robotsTxtPlugin({
  siteConfig,
  baseUrl,
}: LoadContext): Plugin {
  return {
    name: 'robots-txt',
    async postBuild({outDir}) {
      await writeFile(
        path.join(outDir, 'robots.txt'),
        renderRobotsTxt(siteConfig.url, baseUrl),
      );
    },
  };
}
