/**
 * The preview card of a link to another review: the paper it points at
 * (title, organisations, first lines) or, for a link to a whole post, its
 * papers. Data comes from the build (`previews/…json`), fetched once per
 * post. The card is a tooltip: it never takes focus or blocks the link,
 * and closes on Esc, when the pointer leaves or focus moves on.
 */
import {previewPath, type PostPreview} from './data';
import styles from './styles.module.css';

const posts = new Map<string, Promise<PostPreview | undefined>>();
let card: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function load(url: string): Promise<PostPreview | undefined> {
  let loaded = posts.get(url);
  if (!loaded) {
    loaded = fetch(url)
      .then((response) =>
        response.ok ? (response.json() as Promise<PostPreview>) : undefined,
      )
      .catch(() => undefined);
    posts.set(url, loaded);
  }
  return loaded;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The card's content for `hash` (`#paper-id`, an alias, or none). */
function content(post: PostPreview, hash: string): HTMLElement[] {
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
  const post = await load(previewPath(baseUrl, url.pathname));
  if (!post || current !== link) return;
  card ??= Object.assign(document.createElement('div'), {
    id: 'link-preview',
    role: 'tooltip',
    className: styles.card!,
  });
  card.replaceChildren(...content(post, url.hash));
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
