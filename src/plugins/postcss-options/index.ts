import type {Plugin} from '@docusaurus/types';

/**
 * Tells PostCSS to use the plugins Docusaurus gives it and nothing else.
 * Otherwise postcss-loader looks for a PostCSS config file (27 names in
 * every folder up to the root) for each stylesheet afresh, which cost a
 * cold build about a second of the main thread. The site has no such file.
 */
export default function postcssOptionsPlugin(): Plugin {
  return {
    name: 'postcss-options',
    configurePostCss: (options) => ({...options, config: false}),
  };
}
