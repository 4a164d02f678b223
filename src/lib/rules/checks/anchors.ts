import {LEDGER_FILE} from '../ledger';
import {frontMatterKey} from '../frontMatterPlaces';
import {suggest} from '../suggest';
import type {LedgerEntry, LintPost, Report, Site} from '../types';

const ALLOW_REMOVAL = 'npm run anchors:update -- --allow-removal';

/**
 * Anchors are public URLs: every `URL#anchor` recorded in `anchors.lock`
 * must still resolve, and every published anchor should be recorded so
 * that its removal is caught later.
 */
export function checkAnchors(site: Site, report: Report): void {
  const ledger = site.ledger;
  if (!ledger) {
    return;
  }
  const targets = new Set(site.targets);
  const published = new Map<string, LintPost>();
  for (const post of site.posts) {
    if (post.url && !post.draft) {
      published.set(post.url, post);
    }
  }
  const byUrl = new Map<string, LedgerEntry[]>();
  for (const entry of ledger) {
    byUrl.set(entry.url, [...(byUrl.get(entry.url) ?? []), entry]);
  }
  for (const [url, entries] of byUrl) {
    const post = published.get(url);
    if (post) {
      if (targets.has(post) && post.complete) {
        const current = new Set(post.anchors.map((anchor) => anchor.id));
        for (const entry of entries.filter(
          (item) => !current.has(item.anchor),
        )) {
          reportRemovedAnchor(post, entry, byUrl, report);
        }
      }
      continue;
    }
    reportRemovedPage(site, url, entries, targets, report);
  }
  // The ledger records review posts; blog posts are not dated reviews.
  for (const post of site.targets) {
    if (post.kind !== 'review' || !post.url || post.draft || !post.complete) {
      continue;
    }
    const recorded = new Set(
      (byUrl.get(post.url) ?? []).map((entry) => entry.anchor),
    );
    const fresh = post.anchors.filter((anchor) => !recorded.has(anchor.id));
    if (fresh.length > 0) {
      const shown = fresh.slice(0, 3).map((anchor) => `#${anchor.id}`);
      report({
        rule: 'anchor-unrecorded',
        file: post.file,
        message: `${fresh.length} anchor${fresh.length === 1 ? ' is' : 's are'} not in ${LEDGER_FILE} yet: ${shown.join(', ')}${fresh.length > 3 ? ', …' : ''}`,
        fix: 'record them with npm run anchors:update once the post is published',
      });
    }
  }
}

function reportRemovedAnchor(
  post: LintPost,
  entry: LedgerEntry,
  byUrl: ReadonlyMap<string, LedgerEntry[]>,
  report: Report,
): void {
  const old = entry.anchor;
  if (old.startsWith('arxiv-')) {
    const arxivId = old.slice('arxiv-'.length);
    report({
      rule: 'anchor-removed',
      file: post.file,
      message: `published anchor ${post.url}#${old} is gone: no paper in this post links arXiv ${arxivId} any more`,
      fix: `keep the paper's link to https://huggingface.co/papers/${arxivId} or https://arxiv.org/abs/${arxivId} so #${old} still resolves; if the paper is meant to leave, run ${ALLOW_REMOVAL}`,
    });
    return;
  }
  const recorded = new Set(
    (byUrl.get(post.url!) ?? []).map((item) => item.anchor),
  );
  const candidates = post.anchors.filter(
    (anchor) => anchor.kind === 'heading' && !recorded.has(anchor.id),
  );
  const guess = suggest(
    old,
    candidates.map((anchor) => anchor.id),
    1 / 2,
  );
  const heading = candidates.find((anchor) => anchor.id === guess);
  if (!heading) {
    report({
      rule: 'anchor-removed',
      file: post.file,
      message: `published anchor ${post.url}#${old} is gone: no heading has that id any more`,
      fix: `end the heading it belonged to with {/* #${old} */} to keep the id; if it is meant to go, run ${ALLOW_REMOVAL}`,
    });
    return;
  }
  const alias = post.sections.find(
    (section) => section.heading === heading.heading,
  )?.paper.alias;
  report({
    rule: 'anchor-removed',
    file: post.file,
    line: heading.line,
    column: heading.column,
    message: `published anchor ${post.url}#${old} is gone: this heading's id is now #${heading.id}`,
    fix: `end the heading with {/* #${old} */} to keep the old id${alias ? `; new links can use #${alias}, which survives renumbering and retitling` : ''}`,
  });
}

function reportRemovedPage(
  site: Site,
  url: string,
  entries: readonly LedgerEntry[],
  targets: ReadonlySet<LintPost>,
  report: Report,
): void {
  // Posts are served at their date path unless front matter moves them.
  const owner = site.posts.find((post) => post.location?.permalink === url);
  if (owner && !owner.complete) {
    return;
  }
  const count = `${entries.length} published anchor${entries.length === 1 ? '' : 's'}`;
  if (owner) {
    if (!targets.has(owner)) {
      return;
    }
    const key = owner.draft
      ? 'draft'
      : typeof owner.data.slug === 'string'
        ? 'slug'
        : 'id';
    report({
      rule: 'anchor-removed',
      file: owner.file,
      ...frontMatterKey(owner, key),
      message: owner.draft
        ? `\`draft: true\` takes ${url} off the site, and its ${count} with it`
        : `\`${key}\` moves this post off ${url}, breaking its ${count}`,
      fix: `remove \`${key}\`; if the post is meant to move, run ${ALLOW_REMOVAL}`,
    });
    return;
  }
  if (!site.wholeSite) {
    return;
  }
  report({
    rule: 'anchor-removed',
    file: LEDGER_FILE,
    line: entries[0]!.line,
    column: 1,
    message: `no post is served at ${url} any more, so its ${count} (#${entries[0]!.anchor}${entries.length > 1 ? ', …' : ''}) break`,
    fix: `restore docs${url.replace(/^\/docs/, '')}.mdx; if the post is meant to go, run ${ALLOW_REMOVAL}`,
  });
}
