/**
 * Every page carries the docs plugin's global data in `main.js`. The review
 * docs keep it lean: no list of every post, which would add to every page
 * with every post, while the version and its main doc stay for the theme.
 */
import {describe, expect, it} from 'vitest';
import type {GlobalVersion} from '@docusaurus/plugin-content-docs/client';
import {slimGlobalVersion} from '../../src/plugins/review-docs';

const version: GlobalVersion = {
  name: 'current',
  label: 'Next',
  isLast: true,
  path: '/docs/papers/y2025',
  mainDocId: 'oct/20251027',
  docs: [
    {
      id: 'oct/20251021',
      path: '/docs/papers/y2025/oct/20251021',
      sidebar: 'reviews',
    },
    {
      id: 'oct/20251027',
      path: '/docs/papers/y2025/oct/20251027',
      sidebar: 'reviews',
    },
  ],
  draftIds: ['oct/20251030'],
  sidebars: {
    reviews: {
      link: {path: '/docs/papers/y2025/oct/20251027', label: '10월 27일'},
    },
  },
};

describe('the review docs global data', () => {
  it('keeps the version, its sidebars and its main doc, and no other doc', () => {
    expect(slimGlobalVersion(version)).toEqual({
      ...version,
      docs: [version.docs[1]],
      draftIds: [],
    });
  });
});
