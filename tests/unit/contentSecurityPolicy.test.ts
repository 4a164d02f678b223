import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  POLICY_PLACEHOLDER,
  withContentSecurityPolicy,
} from '../../src/lib/site/contentSecurityPolicy';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const THEME = '!function(){document.documentElement.dataset.theme="dark"}()';
const PAGE =
  `<!doctype html><html><head><meta http-equiv=Content-Security-Policy content=${POLICY_PLACEHOLDER}>` +
  '<script src=/assets/js/main.js defer></script>' +
  '<script type=application/ld+json>{"@type":"BreadcrumbList"}</script></head>' +
  `<body><script>${THEME}</script>` +
  '<script type="application/json" id="paper-page-data">{"slug":"2510.11370"}</script></body></html>';

describe('the Content-Security-Policy of a built page', () => {
  it('allows the inline scripts a browser runs, by hash, and not data or external scripts', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([hash(THEME)]);
    expect(inlineScriptHashes(`<script type=module>${THEME}</script>`)).toEqual(
      [hash(THEME)],
    );
  });

  it('takes the place of the placeholder the minifier left unquoted', () => {
    const {html, hashes} = withContentSecurityPolicy(PAGE);
    expect(hashes).toEqual([hash(THEME)]);
    expect(html).not.toContain(POLICY_PLACEHOLDER);
    expect(html).toContain(
      `<meta http-equiv=Content-Security-Policy content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)};`,
    );
  });

  it('leaves a page without the placeholder as it is', () => {
    const page = '<html><script>alert(1)</script></html>';
    expect(withContentSecurityPolicy(page)).toEqual({html: page, hashes: []});
  });

  it('names no other origin, no plugins and no inline script without a hash', () => {
    const policy = contentSecurityPolicy([hash(THEME)]);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(/script-src ([^;]*)/.exec(policy)![1]).not.toContain(
      'unsafe-inline',
    );
    // A <meta> cannot say it; only the header does.
    expect(policy).not.toContain('frame-ancestors');
  });

  it('writes _headers for the pages under the base path, with frame-ancestors', () => {
    const file = headersFile('/reviews/', [hash(THEME)]);
    expect(file.split('\n')[0]).toBe('/reviews/*');
    expect(file).toContain("frame-ancestors 'none'");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });
});
