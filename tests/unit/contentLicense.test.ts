import {describe, expect, it} from 'vitest';
import {contentLicense, licenseNotice} from '../../src/lib/site/contentLicense';

describe('the reviews’ licence', () => {
  it('is CC BY 4.0 unless the author picks another', () => {
    expect(contentLicense()).toEqual({
      id: 'CC-BY-4.0',
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(contentLicense('cc-by-nc-sa-4.0').name).toBe('CC BY-NC-SA 4.0');
  });

  it('names the choices when the author writes one it does not know', () => {
    expect(() => contentLicense('CC-BY-5.0')).toThrow(
      /CONTENT_LICENSE "CC-BY-5.0" is not a licence this site knows; use one of CC-BY-4.0, .*all-rights-reserved/,
    );
  });

  it('says when every right is reserved, without a link', () => {
    const reserved = contentLicense('all-rights-reserved');
    expect(licenseNotice(reserved, '논문 리뷰')).toBe(
      '© 논문 리뷰 · All rights reserved',
    );
  });
});
