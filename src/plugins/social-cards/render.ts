import {createRequire} from 'node:module';
import {GlobalFonts, PngFilter} from '@napi-rs/canvas';
import {CARD_FONT, drawCard} from './draw';
import type {CardContent} from './card';

const require = createRequire(import.meta.url);

let fontsRegistered = false;

/**
 * Nanum Gothic, from its npm package, in both weights: every Hangul
 * syllable (the lighter Korean subsets leave rare ones out) and Latin
 * letters.
 */
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const file of ['NanumGothic', 'NanumGothicBold']) {
    const path = require.resolve(`@kfonts/nanum-gothic/src/${file}.ttf`);
    if (!GlobalFonts.registerFromPath(path, CARD_FONT)) {
      throw new Error(`the card font ${path} could not be loaded`);
    }
  }
  fontsRegistered = true;
}

/**
 * A card as PNG, drawn by Skia (no browser). Encoded without row filters
 * at a low zlib level: a card is mostly flat colour, so this is several
 * times faster than the defaults and the file stays near 100 KB.
 */
export async function renderCard(content: CardContent): Promise<Uint8Array> {
  registerFonts();
  return drawCard(content).encode('png', {
    compressionLevel: 3,
    filters: PngFilter.None,
  });
}
