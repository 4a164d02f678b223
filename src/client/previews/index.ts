/**
 * Link previews, the part every page carries: it only listens. The first
 * time a reader points at or focuses a link to another review or to a
 * paper's page, the popover
 * code loads (`./popover`); touch never opens a preview, and the dev server
 * (which has no preview data) has none.
 */
import siteConfig from '@generated/docusaurus.config';
import {previewKind} from './data';
import type * as Popover from './popover';

const DEVELOPMENT = process.env.NODE_ENV === 'development';

/** Whether `link` leads to a review or a paper page other than this page. */
function previewable(link: HTMLAnchorElement): boolean {
  if (!link.closest('.markdown') || link.closest('[data-no-preview]')) {
    return false;
  }
  const url = new URL(link.href, window.location.href);
  return (
    url.origin === window.location.origin &&
    url.pathname !== window.location.pathname &&
    previewKind(siteConfig.baseUrl, url.pathname) !== undefined
  );
}

let lastPointer = 'mouse';
let popover: Promise<typeof Popover> | undefined;

function open(link: HTMLAnchorElement): void {
  popover ??= import('./popover');
  void popover.then((module) => module.showPreview(link, siteConfig.baseUrl));
}

if (typeof window !== 'undefined' && !DEVELOPMENT) {
  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  document.addEventListener('pointerover', (event) => {
    const link = (event.target as Element).closest?.('a[href]');
    if (event.pointerType !== 'touch' && link instanceof HTMLAnchorElement) {
      if (previewable(link)) open(link);
    }
  });
  document.addEventListener('focusin', (event) => {
    const link = event.target;
    if (lastPointer !== 'touch' && link instanceof HTMLAnchorElement) {
      if (previewable(link)) open(link);
    }
  });
}
