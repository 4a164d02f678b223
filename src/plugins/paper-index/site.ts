import type {SiteAddress} from '../../lib/site/absoluteUrl';
import type {ContentLicense} from '../../lib/site/contentLicense';

/** What the machine-readable outputs need to know about the site. */
export interface SiteInfo extends SiteAddress {
  title: string;
  description: string;
  /** BCP 47 language of the posts, e.g. `ko`. */
  language: string;
  /** The licence of the reviews. */
  license: ContentLicense;
}
