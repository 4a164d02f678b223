import {orgForAffiliation, type OrgId} from '../../data/orgs';
import {ARXIV_ID_PATTERN, extractArxivId} from '../review/arxiv';
import {PLACEHOLDER} from '../review/placeholder';
import type {PaperMetadata} from '../paperMetadata/metadata';
import {UsageError} from './errors';

/** The review text a new paper section starts with, until it is written. */
export const REVIEW_PLACEHOLDER = `${PLACEHOLDER}: 이 논문의 리뷰를 씁니다.`;

// Case matters in an id (`hep-th/…`, `math.GT/…`); only the prefix is free.
const BARE_ID = new RegExp(`^(?:[aA][rR][xX][iI][vV]:)?${ARXIV_ID_PATTERN}$`);

/**
 * The arXiv id a command-line argument names: a bare id (`2510.14901`,
 * `arXiv:2510.14901v2`), or a Hugging Face or arXiv paper URL.
 */
export function paperReference(text: string): string {
  const trimmed = text.trim();
  const id = BARE_ID.exec(trimmed)?.[1] ?? extractArxivId(trimmed);
  if (!id) {
    throw new UsageError(
      `"${text}" is neither an arXiv id nor a Hugging Face or arXiv paper URL; give one like 2510.14901 or https://huggingface.co/papers/2510.14901 (for any other page, use new-post --paper URL)`,
    );
  }
  return id;
}

/**
 * `Title: Sub-title` as the author writes it: the heading's title and the
 * `###` sub-title under it. Only the first `: ` outside math splits.
 */
export function splitTitle(title: string): {title: string; subtitle?: string} {
  let inMath = false;
  for (let index = 0; index < title.length - 1; index += 1) {
    const character = title[index];
    if (character === '\\') {
      index += 1;
    } else if (character === '$') {
      inMath = !inMath;
    } else if (
      character === ':' &&
      !inMath &&
      /\s/.test(title[index + 1]!) &&
      index > 0
    ) {
      const subtitle = title.slice(index + 1).trim();
      return subtitle
        ? {title: title.slice(0, index).trim(), subtitle}
        : {title: title.trim()};
    }
  }
  return {title: title.trim()};
}

/**
 * Organisation tags for a paper from its authors' affiliations and its
 * Hugging Face organisation, through the registry's names and aliases; an
 * affiliation the registry does not name is returned in `unknown`, never
 * matched to a near spelling.
 */
export function suggestOrgs(metadata: PaperMetadata): {
  tags: OrgId[];
  unknown: string[];
} {
  const tags = new Set<OrgId>();
  const unknown = new Set<string>();
  const named = (text: string, alsoTry?: string) => {
    const id =
      orgForAffiliation(text) ??
      (alsoTry === undefined ? undefined : orgForAffiliation(alsoTry));
    if (id) tags.add(id);
    else unknown.add(text);
  };
  for (const author of metadata.authors) {
    for (const affiliation of author.affiliations ?? []) named(affiliation);
  }
  const {organization} = metadata;
  if (organization) {
    named(organization.fullName ?? organization.name, organization.name);
  }
  return {tags: [...tags], unknown: [...unknown]};
}

/**
 * A title as Markdown text that reads back as written: the characters that
 * would end the link text or start other syntax are escaped, except inside
 * `$…$`, which stays TeX for the math renderer. A lone `$` is a dollar.
 */
export function escapeTitle(text: string): string {
  const parts = text.split(/(\$[^$\n]+\$)/);
  return parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/[\\[\]*_`<{}~$]/g, (character) => `\\${character}`),
    )
    .join('');
}

/**
 * A paper's section as the author writes one: number, linked title
 * (Hugging Face page when it has one, else arXiv), organisation tags, the
 * sub-title, and a placeholder the content rules flag until it is written.
 */
export function renderPaperSection(
  metadata: PaperMetadata,
  options: {number?: number; tags: readonly string[]},
): string {
  const {title, subtitle} = splitTitle(metadata.title);
  const link = metadata.links.huggingFace ?? metadata.links.arxiv;
  const number = options.number === undefined ? '' : `${options.number}. `;
  const tags = options.tags.map((tag) => ` \`${tag}\``).join('');
  return [
    `## ${number}[${escapeTitle(title)}](${link})${tags}`,
    ...(subtitle ? [`### ${escapeTitle(subtitle)}`] : []),
    '',
    REVIEW_PLACEHOLDER,
  ].join('\n');
}
