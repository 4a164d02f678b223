import {describe, expect, it} from 'vitest';
import {renderRobotsTxt} from '../../src/plugins/robots-txt';

describe('robots.txt', () => {
  it('lets every page be crawled and names the sitemap by its absolute address', () => {
    expect(renderRobotsTxt('https://reviews.example', '/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://reviews.example/sitemap.xml\n',
    );
  });

  it('finds the sitemap under a base URL', () => {
    expect(renderRobotsTxt('https://example.org', '/reviews/')).toContain(
      'Sitemap: https://example.org/reviews/sitemap.xml',
    );
  });
});
