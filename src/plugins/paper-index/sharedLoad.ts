import type {LoadedSite} from '.';
import type {AllContent} from '@docusaurus/types';

/** The plugin's name, by which the others find its load. */
export const PAPER_INDEX_PLUGIN = 'paper-index';

/**
 * The one load of the posts, shared by the plugins that read them, taken
 * once per round of `allContentLoaded`.
 *
 * Only the docs and blog plugins watch the posts. The dev server reloads
 * every plugin that watches a changed file at the same time, each from the
 * same snapshot of the site, and the last to finish drops what the others
 * made: a new post answered 404 until the next edit. `allContentLoaded`
 * follows every reload, so loading there keeps the posts current with one
 * reload per edit.
 */
export class SharedLoad<T> {
  readonly #load: () => Promise<T>;
  readonly #rounds = new WeakMap<AllContent, Promise<T>>();
  #started: Promise<T> | undefined;
  #latest: Promise<T> | undefined;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /**
   * Starts the first load while the other plugins load their content; the
   * first round then takes it.
   */
  start(): this {
    this.#started = this.#load();
    // Awaited, and its failure reported, by the round that takes it.
    this.#started.catch(() => {});
    return this;
  }

  /** The load of the round of `allContentLoaded` that `allContent` belongs to. */
  of(allContent: AllContent): Promise<T> {
    let loaded = this.#rounds.get(allContent);
    if (!loaded) {
      loaded = this.#started ?? this.#load();
      this.#started = undefined;
      this.#rounds.set(allContent, loaded);
      this.#latest = loaded;
    }
    return loaded;
  }

  /** The load of the latest round, for hooks that come after it. */
  latest(): Promise<T> {
    if (!this.#latest) {
      throw new Error(
        'the posts are read in allContentLoaded, which has not run yet',
      );
    }
    return this.#latest;
  }
}

/**
 * The one load of the posts for this round of `allContentLoaded`: the
 * paper index and the search records read the same load.
 */
export function sharedLoadOf(allContent: AllContent): Promise<LoadedSite> {
  // Not instanceof: Docusaurus loads each plugin's modules afresh.
  const content = allContent[PAPER_INDEX_PLUGIN]?.default as
    Partial<SharedLoad<LoadedSite>> | undefined;
  if (typeof content?.of !== 'function') {
    throw new Error(
      `the ${PAPER_INDEX_PLUGIN} plugin loaded no posts; add it to the site's plugins`,
    );
  }
  return content.of(allContent);
}
