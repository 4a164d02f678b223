/** What the machine-readable outputs need to know about the site. */
export interface SiteInfo {
  /** Absolute origin, e.g. `https://reviews.example.org`. */
  url: string;
  /** Path prefix, `/` or `/sub/`. */
  baseUrl: string;
  title: string;
  description: string;
  /** BCP 47 language of the posts, e.g. `ko`. */
  language: string;
}

/** An absolute URL for a path of the site (`/docs/…` → `https://…/docs/…`). */
export function absoluteUrl(site: SiteInfo, pathname: string): string {
  const base = site.baseUrl.replace(/\/$/, '');
  return `${site.url.replace(/\/$/, '')}${base}${pathname}`;
}
