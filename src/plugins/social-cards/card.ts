import {koreanDate} from '../../lib/review/dateLabel';
import {resolveOrg} from '../../data/orgs';
import {CARD_HEIGHT, CARD_WIDTH} from '../../lib/review/socialCard';
import {fullTitle, type ReviewPost} from '../../lib/review';

/** An element as satori reads it: a React element without React. */
export interface CardNode {
  type: 'div' | 'span';
  props: {style: Record<string, string | number>; children?: CardChild};
}
type CardChild = string | CardNode | (string | CardNode)[];

/** What a review's card shows. */
export interface CardContent {
  site: string;
  /** `2025년 10월 27일`. */
  date: string;
  /** The post's own title, when it has one beyond its date. */
  title?: string;
  papers: string[];
  orgs: string[];
}

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

/** What a review's card shows: its date, papers and organisations. */
export function cardContent(post: ReviewPost, site: string): CardContent {
  const orgs: string[] = [];
  for (const paper of post.papers) {
    for (const tag of paper.orgs) {
      const name = resolveOrg(tag)?.org.name ?? tag.trim();
      if (!orgs.includes(name)) orgs.push(name);
    }
  }
  return {
    site,
    date: koreanDate(post.date.iso),
    ...(post.title && {title: post.title}),
    papers: post.papers.map(fullTitle),
    orgs,
  };
}

const node = (
  type: CardNode['type'],
  style: CardNode['props']['style'],
  children?: CardChild,
): CardNode => ({
  type,
  props: {style, ...(children !== undefined && {children})},
});

/** One line of text that ends in "…" where it does not fit. */
const line = (text: string, style: CardNode['props']['style']) =>
  node(
    'div',
    {
      display: 'block',
      width: TEXT_WIDTH,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      ...style,
    },
    text,
  );

/**
 * The card's layout: the site's name, the date (and the post's own title),
 * the paper titles one line each, and the organisations. Colours are the
 * site's light theme.
 */
export function cardTree(content: CardContent): CardNode {
  const {papers} = content;
  const listed = papers.slice(0, LISTED_PAPERS);
  const more = papers.length - listed.length;
  const orgs = content.orgs.slice(0, LISTED_ORGS);
  const column = (style: CardNode['props']['style'], children: CardChild) =>
    node('div', {display: 'flex', flexDirection: 'column', ...style}, children);
  return node(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: '#ffffff',
      borderTop: `${BAND}px solid #2e5bd7`,
      color: '#1c1e21',
      fontFamily: 'NanumGothic',
    },
    column(
      {
        width: TEXT_WIDTH,
        height: CARD_HEIGHT - BAND - 2 * PADDING,
        margin: `${PADDING}px ${MARGIN}px`,
      },
      [
        node(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            fontSize: 28,
            fontWeight: 700,
            color: '#2e5bd7',
          },
          [
            node('span', {}, content.site),
            node(
              'span',
              {fontWeight: 400, color: '#525860'},
              `논문 ${papers.length}편`,
            ),
          ],
        ),
        line(content.date, {marginTop: 24, fontSize: 60, fontWeight: 700}),
        ...(content.title
          ? [
              line(content.title, {
                marginTop: 8,
                fontSize: 36,
                color: '#3a3f45',
              }),
            ]
          : []),
        column({flexGrow: 1, marginTop: 28, fontSize: 30}, [
          ...listed.map((title, index) =>
            line(`${index + 1}. ${title}`, {marginTop: index === 0 ? 0 : 10}),
          ),
          ...(more > 0
            ? [line(`외 ${more}편`, {marginTop: 10, color: '#525860'})]
            : []),
        ]),
        node(
          'div',
          {display: 'flex', overflow: 'hidden', fontSize: 24},
          orgs.map((name) =>
            node(
              'span',
              {
                marginRight: 12,
                padding: '4px 16px',
                border: '2px solid #d0d5dc',
                borderRadius: 999,
                color: '#3a3f45',
              },
              name,
            ),
          ),
        ),
      ],
    ),
  );
}
