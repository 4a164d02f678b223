import {aliasedSitePath} from '@docusaurus/utils';
import {homeData} from './home';
import {loadReviewPosts} from './posts';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {ReviewPost} from '../../lib/review';

/**
 * Reads every review post through the content parser and publishes the
 * pages built from it. Only wires Docusaurus hooks; the work is in the
 * modules beside it.
 */
export default function paperIndexPlugin(
  context: LoadContext,
): Plugin<ReviewPost[]> {
  return {
    name: 'paper-index',
    getPathsToWatch() {
      return [`${context.siteDir}/docs/papers/**/*.mdx`];
    },
    async loadContent() {
      return loadReviewPosts(context.siteDir);
    },
    async contentLoaded({content, actions}) {
      const home = await actions.createData('home.json', homeData(content));
      // An aliased path keeps the site folder out of the bundle.
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {data: aliasedSitePath(home, context.siteDir)},
      });
    },
  };
}
