/**
 * Where a review's social card (its `og:image`) is published and its size:
 * the page that names it and the plugin that draws it agree through here.
 */

/** The size of a social card, as link previews want it (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Where the build publishes the cards, below the site root. */
export const SOCIAL_CARDS_FOLDER = 'social';

/** The address of a post's card below the site root: `/social/docs/…/20251027.png`. */
export function socialCardPath(permalink: string): string {
  return `/${SOCIAL_CARDS_FOLDER}/${permalink.replace(/^\//, '').replace(/\/$/, '')}.png`;
}
