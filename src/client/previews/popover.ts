/**
 * The preview card of a link to another review: the paper it points at
 * (title, organisations, first lines) or, for a link to a whole post, its
 * papers; of a link to a paper's page, its title and first lines. Data
 * comes from the build (`previews/…json`, `paper-pages/…json`), fetched
 * once per address. The card is a tooltip: it never takes focus or blocks the link,
 * and closes on Esc, when the pointer leaves or focus moves on.
 */
import {paperPageDataPath, type PaperPageData} from '../paperPages/data';
import {previewKind, previewPath, type PostPreview} from './data';
import styles from './styles.module.css';

const loaded = new Map<string, Promise<unknown>>();
let card: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function load<T>(url: string): Promise<T | undefined> {
  let data = loaded.get(url);
  if (!data) {
    data = fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined);
    loaded.set(url, data);
  }
  return data as Promise<T | undefined>;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The card of a paper's page: what it is, its title and first lines. */
function paperContent(paper: PaperPageData): HTMLElement[] {
  return [
    element('p', styles.meta!, '논문 페이지'),
    element('p', styles.title!, paper.title),
    ...(paper.description
      ? [element('p', styles.excerpt!, paper.description)]
      : []),
  ];
}

/** The card's content for `hash` (`#paper-id`, an alias, or none). */
function postContent(post: PostPreview, hash: string): HTMLElement[] {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const paper = post.papers.find(
    (candidate) => candidate.id === (post.aliases[id] ?? id),
  );
  if (paper) {
    return [
      element('p', styles.meta!, `${post.title}`),
      element('p', styles.title!, paper.title),
      ...(paper.subtitle
        ? [element('p', styles.subtitle!, paper.subtitle)]
        : []),
      ...(paper.orgs.length > 0
        ? [element('p', styles.orgs!, paper.orgs.join(' · '))]
        : []),
      ...(paper.excerpt ? [element('p', styles.excerpt!, paper.excerpt)] : []),
    ];
  }
  const list = element('ol', styles.papers!);
  for (const item of post.papers.slice(0, 6)) {
    list.append(element('li', '', item.title));
  }
  return [
    element('p', styles.title!, post.title),
    element('p', styles.meta!, `논문 ${post.papers.length}편`),
    list,
  ];
}

function hide(): void {
  clearTimeout(hideTimer);
  current?.removeAttribute('aria-describedby');
  current = undefined;
  card?.remove();
}

function hideSoon(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 200);
}

function place(link: HTMLAnchorElement, shown: HTMLDivElement): void {
  const box = link.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  shown.style.width = `${width}px`;
  const left = Math.min(
    Math.max(8, box.left + window.scrollX),
    window.scrollX + window.innerWidth - width - 8,
  );
  shown.style.left = `${left}px`;
  shown.style.top = `${box.bottom + window.scrollY + 6}px`;
}

/** Shows the preview of `link`, once its post's data is in. */
export async function showPreview(
  link: HTMLAnchorElement,
  baseUrl: string,
): Promise<void> {
  if (current === link) {
    clearTimeout(hideTimer);
    return;
  }
  hide();
  current = link;
  const url = new URL(link.href, window.location.href);
  const target = previewKind(baseUrl, url.pathname);
  const children =
    target?.kind === 'paper'
      ? await load<PaperPageData>(paperPageDataPath(baseUrl, target.slug)).then(
          (paper) => paper && paperContent(paper),
        )
      : await load<PostPreview>(previewPath(baseUrl, url.pathname)).then(
          (post) => post && postContent(post, url.hash),
        );
  if (!children || current !== link) return;
  card ??= Object.assign(document.createElement('div'), {
    id: 'link-preview',
    role: 'tooltip',
    className: styles.card!,
  });
  card.replaceChildren(...children);
  place(link, card);
  document.body.append(card);
  link.setAttribute('aria-describedby', card.id);
  const leave = () => hideSoon();
  link.addEventListener('pointerleave', leave, {once: true});
  link.addEventListener('blur', hide, {once: true});
  link.addEventListener('click', hide, {once: true});
  card.onpointerenter = () => clearTimeout(hideTimer);
  card.onpointerleave = leave;
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) hide();
});
