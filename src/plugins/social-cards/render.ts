import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {Resvg} from '@resvg/resvg-js';
import satori from 'satori';
import {CARD_HEIGHT, CARD_WIDTH} from '../../lib/review/socialCard';
import type {CardNode} from './card';

const require = createRequire(import.meta.url);

/**
 * Nanum Gothic, from its npm package: every Hangul syllable (the lighter
 * Korean subsets leave rare ones out) and Latin letters.
 */
function loadFonts() {
  const file = (name: string) =>
    readFileSync(require.resolve(`@kfonts/nanum-gothic/src/${name}.ttf`));
  const font = (data: Buffer, weight: 400 | 700) =>
    ({name: 'NanumGothic', data, weight, style: 'normal'}) as const;
  return [font(file('NanumGothic'), 400), font(file('NanumGothicBold'), 700)];
}

let fonts: ReturnType<typeof loadFonts> | undefined;

/** A card as PNG: laid out by satori, drawn by resvg, no browser. */
export async function renderCard(tree: CardNode): Promise<Uint8Array> {
  fonts ??= loadFonts();
  const svg = await satori(tree as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return new Resvg(svg, {font: {loadSystemFonts: false}}).render().asPng();
}
