import {koreanDate} from '../../lib/review/dateLabel';
import {paperBibtex} from '../../lib/review/bibtex';
import {citedPaper} from '../../lib/paperMetadata/citation';
import {
  fullTitle,
  isAllCaps,
  PAPER_LINK_LABELS,
  paperSlug,
} from '../../lib/review';
import {
  PAPER_PAGE_DATA_ID,
  PAPER_PAGE_ROUTE,
  PAPER_PAGE_TOKENS,
  type PaperPageData,
} from '../../client/paperPages/data';
import {escapeHtml} from './html';
import type {PaperMention} from './mentions';
import type {PaperEntry} from './paperIndex';

/**
 * A paper's page: what its title, organisations and links say, every
 * review of it (date, excerpt, link to the card), every post that links to
 * it, and its BibTeX. Everything the posts wrote is escaped; `route` puts
 * the site's base URL in front of a path.
 */
export function paperPageData(
  paper: PaperEntry,
  mentions: readonly PaperMention[],
  route: (pathname: string) => string,
): PaperPageData {
  const title = fullTitle(paper);
  const {metadata} = paper;
  const bibtex = paperBibtex(citedPaper(paper, metadata));
  const allCaps = (text: string) => (isAllCaps(text) ? ' data-all-caps' : '');
  const orgs = paper.orgs.map((org) =>
    org.id
      ? `<li><a class="org-pill" href="${escapeHtml(route(`/orgs/${org.id}`))}">${escapeHtml(org.name)}</a></li>`
      : `<li><span class="org-pill" data-org-unknown>${escapeHtml(org.name)}</span></li>`,
  );
  const links = paper.links.map(
    (link) =>
      `<li><a href="${escapeHtml(link.url)}" data-paper-link="${link.kind}">${PAPER_LINK_LABELS[link.kind]}</a></li>`,
  );
  const header = [
    `<p class="paper-page-up"><a href="${escapeHtml(route('/papers'))}">리뷰한 논문</a></p>`,
    `<h1 class="paper-page-title"${allCaps(paper.title)}>${escapeHtml(paper.title)}</h1>`,
    paper.subtitle &&
      `<p class="paper-page-subtitle"${allCaps(paper.subtitle)}>${escapeHtml(paper.subtitle)}</p>`,
    orgs.length > 0 &&
      `<ul class="paper-page-orgs" aria-label="기관">${orgs.join('')}</ul>`,
    metadata &&
      metadata.authors.length > 0 &&
      `<p class="paper-page-authors">${metadata.authors.map((author) => escapeHtml(author.name)).join(', ')}</p>`,
    metadata &&
      `<p class="paper-page-published">arXiv <time datetime="${metadata.published}">${koreanDate(metadata.published)}</time>${metadata.updated ? ` · 최신판${metadata.arxivVersion ? `(v${metadata.arxivVersion})` : ''} <time datetime="${metadata.updated}">${koreanDate(metadata.updated)}</time>` : ''}</p>`,
    `<ul class="paper-page-links" aria-label="논문 링크">${links.join('')}</ul>`,
  ];
  const reviews = paper.appearances.map(
    (review) =>
      `<li>${postLink(route(`${review.permalink}#${review.anchor}`), review.date, review.kind, review.postTitle)}${
        review.excerpt ? `<p>${escapeHtml(review.excerpt)}</p>` : ''
      }</li>`,
  );
  const mentioned = mentions.map(
    (post) =>
      `<li>${postLink(route(post.permalink), post.date, post.kind, post.title)}</li>`,
  );
  const body = [
    metadata?.abstract &&
      `<section aria-labelledby="abstract"><h2 id="abstract">초록</h2><p class="paper-page-abstract" lang="en">${escapeHtml(metadata.abstract)}</p></section>`,
    `<section aria-labelledby="reviews"><h2 id="reviews">리뷰 ${reviews.length}편</h2><ol class="paper-page-reviews">${reviews.join('')}</ol></section>`,
    mentioned.length > 0 &&
      `<section aria-labelledby="mentions"><h2 id="mentions">이 논문을 언급한 글</h2><ul class="paper-page-mentions">${mentioned.join('')}</ul></section>`,
    `<section aria-labelledby="bibtex"><h2 id="bibtex">BibTeX</h2><pre class="paper-page-bibtex" tabindex="0">${escapeHtml(bibtex)}</pre></section>`,
  ];
  return {
    slug: paperSlug(paper),
    title,
    description: describe(paper),
    bibtex,
    header: header.filter(Boolean).join(''),
    body: body.filter(Boolean).join(''),
  };
}

/**
 * A link to a post as the page lists it: its date, and its own title when
 * it has one; a review called by its date alone is "논문 리뷰".
 */
function postLink(
  href: string,
  date: string,
  kind: 'review' | 'blog',
  title: string | undefined,
): string {
  const name = title
    ? ` · ${escapeHtml(title)}`
    : kind === 'review'
      ? ' 논문 리뷰'
      : ' 블로그';
  return `<a href="${escapeHtml(href)}"><time datetime="${date}">${koreanDate(date)}</time>${name}</a>`;
}

/**
 * The newest review's first lines (already cut to what search engines show
 * whole), else what the page lists.
 */
function describe(paper: PaperEntry): string {
  return (
    paper.appearances[0]?.excerpt ??
    `${paper.title} 리뷰 ${paper.appearances.length}편과 인용 정보`
  );
}

/**
 * Where the build writes the template every paper page is made from, and
 * where it writes a paper's page: relative to the build folder, which
 * leaves the base URL out.
 */
export const PAPER_PAGE_TEMPLATE_FILE = `${PAPER_PAGE_ROUTE.slice(1)}/index.html`;

/** The file of a paper's page, relative to the build folder. */
export function paperPageFile(slug: string): string {
  return `papers/${slug}/index.html`;
}

/**
 * One paper's HTML from the route's rendered template: its title,
 * description, content and addresses in place of the tokens, and its data
 * for the page to hydrate from. A template without every token is a bug
 * of the page component, and stops the build.
 */
export function fillPaperPage(template: string, page: PaperPageData): string {
  for (const token of Object.values(PAPER_PAGE_TOKENS)) {
    if (!template.includes(token)) {
      throw new Error(
        `the paper page template has no "${token}": src/components/PaperPage must render it`,
      );
    }
  }
  const data = JSON.stringify(page).replace(/</g, '\\u003c');
  return template
    .replaceAll(PAPER_PAGE_TOKENS.title, escapeHtml(page.title))
    .replaceAll(PAPER_PAGE_TOKENS.description, escapeHtml(page.description))
    .replace(PAPER_PAGE_TOKENS.header, () => page.header)
    .replace(PAPER_PAGE_TOKENS.body, () => page.body)
    .replaceAll(
      `/papers/${PAPER_PAGE_ROUTE.split('/').at(-1)}`,
      `/papers/${encodeURIComponent(page.slug)}`,
    )
    .replace(
      '</body>',
      () =>
        `<script type="application/json" id="${PAPER_PAGE_DATA_ID}">${data}</script></body>`,
    );
}
