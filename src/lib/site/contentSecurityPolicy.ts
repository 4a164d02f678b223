import {createHash} from 'node:crypto';

/**
 * The Content-Security-Policy of the built pages: everything from the site
 * itself, no inline script but the ones the build wrote (each by its
 * hash), no plugins, no other origins. A script that found its way into a
 * page is refused by the browser and reported.
 */

/** What the page's policy `<meta>` holds until the page's hashes are known. */
export const POLICY_PLACEHOLDER = 'content-security-policy-of-this-page';

/** Script types a browser runs; JSON and JSON-LD are data. */
const SCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
]);

/**
 * The `sha256-…` source of each inline script of `html` a browser would
 * run, in page order, without repeats.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(
      attributes,
    );
    const kind = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').toLowerCase();
    if (!SCRIPT_TYPES.has(kind)) continue;
    hashes.add(
      `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
    );
  }
  return [...hashes];
}

/**
 * The policy for pages whose inline scripts have `hashes`. `header` adds
 * what only a response header can say (`frame-ancestors`).
 */
export function contentSecurityPolicy(
  hashes: readonly string[],
  {header = false}: {header?: boolean} = {},
): string {
  const directives = [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly; that is all 'wasm-unsafe-eval' allows.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trimEnd(),
    // React writes style attributes (organisation colours, figure widths);
    // style elements and sheets come from the site only.
    "style-src 'self' 'unsafe-inline'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    // Infima's icons are data: SVGs in the stylesheet.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/**
 * `html` with its policy in place of the placeholder, allowing exactly
 * its own inline scripts; unchanged when it has no placeholder.
 */
export function withContentSecurityPolicy(html: string): {
  html: string;
  hashes: string[];
} {
  if (!html.includes(POLICY_PLACEHOLDER)) return {html, hashes: []};
  const hashes = inlineScriptHashes(html);
  // Quoted: the policy holds spaces, and the minifier may have left the
  // placeholder unquoted.
  const policy = `"${contentSecurityPolicy(hashes)}"`;
  return {
    html: html.replace(new RegExp(`(["']?)${POLICY_PLACEHOLDER}\\1`), policy),
    hashes,
  };
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) sending the policy and
 * two safe defaults for every page under `baseUrl`.
 */
export function headersFile(
  baseUrl: string,
  hashes: readonly string[],
): string {
  return [
    `${baseUrl}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy(hashes, {header: true})}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
