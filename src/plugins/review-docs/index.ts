import pluginContentDocs, {
  validateOptions,
} from '@docusaurus/plugin-content-docs';
import type {
  LoadedContent,
  PluginOptions,
} from '@docusaurus/plugin-content-docs';
import type {
  GlobalPluginData,
  GlobalVersion,
} from '@docusaurus/plugin-content-docs/client';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * The version data the theme needs on every page, without the list of every
 * doc: Docusaurus puts each doc's id and path into the global data that
 * `main.js` carries to every page, about 8 bytes gzip per post. Only navbar
 * doc items and the version banner of older versions read that list, and
 * this site has neither; the main doc stays, for what looks it up.
 */
export function slimGlobalVersion(version: GlobalVersion): GlobalVersion {
  return {
    ...version,
    docs: version.docs.filter((doc) => doc.id === version.mainDocId),
    draftIds: [],
  };
}

/**
 * Docusaurus's docs plugin for the review posts, with lean global data
 * (`slimGlobalVersion`); everything else is the docs plugin's own.
 */
export default async function reviewDocsPlugin(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const plugin = await pluginContentDocs(context, options);
  const {contentLoaded} = plugin;
  return {
    ...plugin,
    ...(contentLoaded && {
      contentLoaded: (args) =>
        contentLoaded({
          ...args,
          actions: {
            ...args.actions,
            setGlobalData: (data) => {
              const global = data as GlobalPluginData;
              args.actions.setGlobalData({
                ...global,
                versions: global.versions.map(slimGlobalVersion),
              });
            },
          },
        }),
    }),
  };
}

export {validateOptions};
