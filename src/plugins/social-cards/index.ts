import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {sharedLoadOf} from '../paper-index/sharedLoad';
import {socialCardPath} from '../../lib/review/socialCard';
import {cardContent} from './card';
import {renderCards} from './renderCards';
import type {ReviewPost} from '../../lib/review';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Docusaurus sets this for `docusaurus build`; the dev server draws none. */
const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * Draws each review's social card (`og:image`): its date, papers and
 * organisations, at `social/<post URL>.png`. Starts as soon as the posts
 * are loaded, so the drawing overlaps the bundling;
 * cards drawn before come from `node_modules/.cache/social-cards`. Pages
 * point at their card through `ReviewSummary`.
 */
export default function socialCardsPlugin(context: LoadContext): Plugin {
  const {siteDir, siteConfig} = context;
  const cacheDir = path.join(siteDir, 'node_modules', '.cache', 'social-cards');
  let cards: Promise<{file: string; png: Uint8Array}[]> | undefined;

  return {
    name: 'social-cards',

    async allContentLoaded({allContent}) {
      if (!isProduction()) return;
      const {posts} = await sharedLoadOf(allContent);
      const reviews = posts.filter(
        (post): post is ReviewPost => post.kind === 'review',
      );
      cards = renderCards(
        reviews.map((post) => ({
          file: socialCardPath(post.permalink),
          content: cardContent(post, siteConfig.title),
        })),
        cacheDir,
      );
      // Awaited, and its failure reported, in postBuild.
      cards.catch(() => {});
    },

    async postBuild({outDir}) {
      if (!cards) return;
      await Promise.all(
        (await cards).map(async ({file, png}) => {
          const target = path.join(outDir, file);
          await mkdir(path.dirname(target), {recursive: true});
          await writeFile(target, png);
        }),
      );
    },
  };
}
