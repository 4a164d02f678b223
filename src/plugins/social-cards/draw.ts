import {createCanvas, type Canvas, type SKRSContext2D} from '@napi-rs/canvas';
import {CARD_HEIGHT, CARD_WIDTH} from '../../lib/review/socialCard';
import type {CardContent} from './card';

/** The card's margins and its top band, in pixels. */
const MARGIN = 72;
const PADDING = 44;
const BAND = 16;
/** The width text has: lines end in "…" there. */
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

/** Titles listed in full; the rest are counted. */
const LISTED_PAPERS = 5;
/** Organisations shown; more would not fit one line. */
const LISTED_ORGS = 6;

/** The card's colours: the site's light theme. */
const INK = '#1c1e21';
const ACCENT = '#2e5bd7';
const MUTED = '#525860';
const SOFT = '#3a3f45';
const RULE = '#d0d5dc';

/** The family `render.ts` registers Nanum Gothic under. */
export const CARD_FONT = 'NanumGothic';

/** A line box is this many times its font size, as in CSS `normal`. */
const LINE_HEIGHT = 1.2;

interface TextStyle {
  size: number;
  weight?: 400 | 700;
  color: string;
}

/** Sets the font and colour of what is drawn next. */
function setStyle(ctx: SKRSContext2D, {size, weight = 400, color}: TextStyle) {
  ctx.font = `${weight === 700 ? 'bold ' : ''}${size}px ${CARD_FONT}`;
  ctx.fillStyle = color;
}

/** `text`, or its longest start that fits `width` with "…" after it. */
function fitted(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = `${chars.slice(0, mid).join('').trimEnd()}…`;
    if (ctx.measureText(candidate).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/**
 * Draws the card: the site's name and the paper count, the date (and the
 * post's own title), the paper titles one line each, and the organisations
 * along the bottom. Lines end in "…" where they do not fit.
 */
export function drawCard(content: CardContent): Canvas {
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, CARD_WIDTH, BAND);
  ctx.textBaseline = 'middle';

  let top = BAND + PADDING;
  /** One line of text whose box starts `gap` below the previous one. */
  const line = (text: string, style: TextStyle, gap: number) => {
    top += gap;
    const height = style.size * LINE_HEIGHT;
    setStyle(ctx, style);
    ctx.fillText(fitted(ctx, text, TEXT_WIDTH), MARGIN, top + height / 2);
    top += height;
  };

  const {papers} = content;
  const header = {size: 28, weight: 700, color: ACCENT} as const;
  setStyle(ctx, header);
  const middle = top + (header.size * LINE_HEIGHT) / 2;
  ctx.fillText(content.site, MARGIN, middle);
  setStyle(ctx, {size: 28, color: MUTED});
  ctx.textAlign = 'right';
  ctx.fillText(`논문 ${papers.length}편`, CARD_WIDTH - MARGIN, middle);
  ctx.textAlign = 'left';
  top += header.size * LINE_HEIGHT;

  line(content.date, {size: 60, weight: 700, color: INK}, 24);
  if (content.title) line(content.title, {size: 36, color: SOFT}, 8);
  const listed = papers.slice(0, LISTED_PAPERS);
  listed.forEach((title, index) =>
    line(
      `${index + 1}. ${title}`,
      {size: 30, color: INK},
      index === 0 ? 28 : 10,
    ),
  );
  const more = papers.length - listed.length;
  if (more > 0) line(`외 ${more}편`, {size: 30, color: MUTED}, 10);

  drawOrgs(ctx, content.orgs.slice(0, LISTED_ORGS));
  return canvas;
}

/** The organisations as outlined pills along the bottom, as many as fit. */
function drawOrgs(ctx: SKRSContext2D, orgs: readonly string[]) {
  const style = {size: 24, color: SOFT};
  const border = 2;
  const height = style.size * LINE_HEIGHT + 2 * 4 + 2 * border;
  const top = CARD_HEIGHT - PADDING - height;
  setStyle(ctx, style);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = border;
  let left = MARGIN;
  for (const name of orgs) {
    const width = ctx.measureText(name).width + 2 * 16 + 2 * border;
    if (left + width > CARD_WIDTH - MARGIN) break;
    ctx.beginPath();
    ctx.roundRect(
      left + border / 2,
      top + border / 2,
      width - border,
      height - border,
      height / 2,
    );
    ctx.stroke();
    ctx.fillText(name, left + border + 16, top + height / 2);
    left += width + 12;
  }
}
