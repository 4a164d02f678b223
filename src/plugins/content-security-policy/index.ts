import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {
  headersFile,
  POLICY_PLACEHOLDER,
  withContentSecurityPolicy,
} from '../../lib/site/contentSecurityPolicy';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Docusaurus sets this for `docusaurus build`; the dev server needs eval. */
const isProduction = () => process.env.NODE_ENV === 'production';

/** Where a route's page is written: `/docs/a` → `docs/a/index.html`. */
function pageFile(route: string, baseUrl: string): string {
  const relative = route.slice(baseUrl.length);
  return relative.endsWith('.html')
    ? relative
    : path.posix.join(relative, 'index.html');
}

/**
 * Gives every built page a Content-Security-Policy `<meta>` that allows
 * its own inline scripts by hash and nothing from other origins, and
 * writes `_headers` with the same policy (plus `frame-ancestors`) for
 * hosts that read one. The paper pages, written from one template by the
 * paper index, get theirs when it fills the template.
 */
export default function contentSecurityPolicyPlugin(
  context: LoadContext,
): Plugin {
  const {baseUrl} = context;
  return {
    name: 'content-security-policy',

    injectHtmlTags() {
      if (!isProduction()) return {};
      return {
        headTags: [
          {
            tagName: 'meta',
            attributes: {
              'http-equiv': 'Content-Security-Policy',
              content: POLICY_PLACEHOLDER,
            },
          },
        ],
      };
    },

    async postBuild({outDir, routesPaths}) {
      const hashes = new Set<string>();
      const pages = [
        ...new Set(
          routesPaths
            // A route with a parameter is a template another plugin fills.
            .filter((route) => !route.includes('/:'))
            .map((route) => pageFile(route, baseUrl)),
        ),
      ];
      await Promise.all(
        pages.map(async (page) => {
          const file = path.join(outDir, page);
          const built = await readFile(file, 'utf8').catch(() => undefined);
          if (built === undefined) return;
          const secured = withContentSecurityPolicy(built);
          if (secured.html === built) {
            throw new Error(
              `${page} has no Content-Security-Policy placeholder: the page was not rendered with the site's head tags`,
            );
          }
          for (const hash of secured.hashes) hashes.add(hash);
          await writeFile(file, secured.html);
        }),
      );
      await writeFile(
        path.join(outDir, '_headers'),
        headersFile(baseUrl, [...hashes].sort()),
      );
    },
  };
}
