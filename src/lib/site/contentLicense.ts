/**
 * The licence the author publishes the reviews under: shown in the footer,
 * the feeds and papers.json. The code has its own (LICENSE).
 */
export interface ContentLicense {
  /** SPDX identifier, or `all-rights-reserved`. */
  id: string;
  /** As readers see it: `CC BY 4.0`. */
  name: string;
  /** The licence's text; none when every right is reserved. */
  url?: string;
}

const creativeCommons = (id: string, name: string, path: string) => ({
  id,
  name,
  url: `https://creativecommons.org/${path}`,
});

/** The licences an author can pick, by identifier. */
export const CONTENT_LICENSES: readonly ContentLicense[] = [
  creativeCommons('CC-BY-4.0', 'CC BY 4.0', 'licenses/by/4.0/'),
  creativeCommons('CC-BY-SA-4.0', 'CC BY-SA 4.0', 'licenses/by-sa/4.0/'),
  creativeCommons('CC-BY-NC-4.0', 'CC BY-NC 4.0', 'licenses/by-nc/4.0/'),
  creativeCommons(
    'CC-BY-NC-SA-4.0',
    'CC BY-NC-SA 4.0',
    'licenses/by-nc-sa/4.0/',
  ),
  creativeCommons('CC-BY-ND-4.0', 'CC BY-ND 4.0', 'licenses/by-nd/4.0/'),
  creativeCommons(
    'CC-BY-NC-ND-4.0',
    'CC BY-NC-ND 4.0',
    'licenses/by-nc-nd/4.0/',
  ),
  creativeCommons('CC0-1.0', 'CC0 1.0', 'publicdomain/zero/1.0/'),
  {id: 'all-rights-reserved', name: 'All rights reserved'},
];

/** Used when the author names none. */
export const DEFAULT_CONTENT_LICENSE = 'CC-BY-4.0';

/** The licence named `id` (any case); an unknown name stops with the choices. */
export function contentLicense(
  id: string = DEFAULT_CONTENT_LICENSE,
): ContentLicense {
  const license = CONTENT_LICENSES.find(
    (candidate) => candidate.id.toLowerCase() === id.trim().toLowerCase(),
  );
  if (!license) {
    throw new Error(
      `CONTENT_LICENSE "${id}" is not a licence this site knows; use one of ${CONTENT_LICENSES.map((known) => known.id).join(', ')}`,
    );
  }
  return license;
}

/** One line for feeds: `© 논문 리뷰 · CC BY 4.0 (https://…)`. */
export function licenseNotice(license: ContentLicense, owner: string): string {
  return `© ${owner} · ${license.name}${license.url ? ` (${license.url})` : ''}`;
}
