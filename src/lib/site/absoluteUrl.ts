/** Where the site is published. */
export interface SiteAddress {
  /** Absolute origin, e.g. `https://reviews.example.org`. */
  url: string;
  /** Path prefix, `/` or `/sub/`. */
  baseUrl: string;
}

/** An absolute URL for a path of the site (`/docs/…` → `https://…/sub/docs/…`). */
export function absoluteUrl(site: SiteAddress, pathname: string): string {
  const base = site.baseUrl.replace(/\/$/, '');
  return `${site.url.replace(/\/$/, '')}${base}${pathname}`;
}
