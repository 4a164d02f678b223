import {absoluteUrl} from '../../lib/site/absoluteUrl';
import type {SiteInfo} from './site';
import {paperPagePath} from '../../lib/review';
import type {PaperIndex} from './paperIndex';

/** Where the index and its schema are published, relative to the site root. */
export const PAPERS_JSON_FILE = 'papers.json';
export const PAPERS_SCHEMA_FILE = 'papers.schema.json';

/** `papers.json`: every paper with absolute URLs, in the format of papers.schema.json. */
export function renderPapersJson(index: PaperIndex, site: SiteInfo): string {
  const data = {
    $schema: absoluteUrl(site, `/${PAPERS_SCHEMA_FILE}`),
    version: 1,
    site: absoluteUrl(site, '/'),
    license: site.license,
    papers: index.papers.map((paper) => ({
      key: paper.key,
      title: paper.title,
      ...(paper.subtitle && {subtitle: paper.subtitle}),
      ...(paper.arxivId && {arxivId: paper.arxivId}),
      url: paper.url,
      ...(paper.metadata && {
        authors: paper.metadata.authors.map((author) => author.name),
        published: paper.metadata.published,
        abstract: paper.metadata.abstract,
      }),
      page: absoluteUrl(site, paperPagePath(paper)),
      links: paper.links,
      orgs: paper.orgs.map((org) => ({
        ...(org.id && {id: org.id, url: absoluteUrl(site, `/orgs/${org.id}`)}),
        name: org.name,
      })),
      reviews: paper.appearances.map((review) => ({
        kind: review.kind,
        date: review.date,
        post: absoluteUrl(site, review.permalink),
        ...(review.postTitle && {postTitle: review.postTitle}),
        url: absoluteUrl(site, `${review.permalink}#${review.anchor}`),
        anchor: review.anchor,
        ...(review.alias && {alias: review.alias}),
        ...(review.number !== undefined && {number: review.number}),
        ...(review.excerpt && {excerpt: review.excerpt}),
      })),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
