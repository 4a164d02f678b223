import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useEffect, useState} from 'react';
import {loadPagefind} from './pagefind';
import {separateBrackets} from './schema';

/** `npm start` builds no index: there the list filters on its own text. */
const DEVELOPMENT = process.env.NODE_ENV === 'development';
/** Hits whose address is read: the best ones, as the search page shows. */
const MOST_HITS = 100;
/** Typing pauses this long before the index is asked. */
const DEBOUNCE_MS = 200;

/**
 * The cards (`/docs/…#paper-id`, without the base path) whose review text the site search finds
 * for `query`, so that the papers list finds what search finds (a word
 * deep in a review, "동기화", "R3") without shipping every review's text
 * in the list's data. Pagefind loads the first time a query is typed.
 */
export function usePaperMatches(query: string): ReadonlySet<string> {
  const {siteConfig} = useDocusaurusContext();
  const text = query.trim();
  // Tagged with their query: hits of an earlier query never stand in.
  const [found, setFound] = useState<{query: string; urls: Set<string>}>();
  useEffect(() => {
    if (!text) return undefined;
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const pagefind = await loadPagefind({
          baseUrl: siteConfig.baseUrl,
          development: DEVELOPMENT,
        });
        const response = await pagefind.search(separateBrackets(text), {
          filters: {kind: {any: ['paper']}},
        });
        if (!response || !current) return;
        const fragments = await Promise.all(
          response.results.slice(0, MOST_HITS).map((result) => result.data()),
        );
        if (current) {
          setFound({
            query: text,
            urls: new Set(
              fragments.map((hit) => withoutBase(hit.url, siteConfig.baseUrl)),
            ),
          });
        }
      } catch {
        // No index (development) or it failed to load: the text filter stands.
      }
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, siteConfig.baseUrl]);
  return found?.query === text ? found.urls : NONE;
}

const NONE: ReadonlySet<string> = new Set();

/** A hit's address as the list's rows hold it: without the base path. */
function withoutBase(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : url;
}
