import {describe, expect, it} from 'vitest';
import {ownTitle, reviewDescription, reviewName} from '../../src/lib/review';

describe('a review title', () => {
  it('is none when it only dates the post, in any of the ways authors write it', () => {
    for (const title of [
      '2025-10-26 papers review',
      '2025.10.27 Papers Review',
      '2025/10/27 paper reviews',
      '2025년 10월 27일 논문 리뷰',
      '2025년 10월 27일 리뷰',
      '[2025-10-27] papers review',
      '2025-10-27',
    ]) {
      expect(ownTitle(title), title).toBeUndefined();
    }
  });

  it('stays as written when it says more than the date', () => {
    for (const title of [
      'Agents week',
      '2025-10-27 papers review: agents special',
      'papers review',
      '2025 in review',
    ]) {
      expect(ownTitle(title), title).toBe(title);
    }
  });

  it('names an untitled review by the file date, in Korean', () => {
    expect(reviewName('2025-10-27')).toBe('2025년 10월 27일 논문 리뷰');
    expect(reviewName('2025-10-27', 'Agents week')).toBe('Agents week');
  });
});

describe('a review description', () => {
  it('names the papers, then quotes the first real review text', () => {
    expect(
      reviewDescription([
        {title: 'A', text: '링크'},
        {title: 'B', text: '라우팅 마스크를 그대로 쓰는 전략을 제안한다.'},
      ]),
    ).toBe('논문 2편: A · B. 라우팅 마스크를 그대로 쓰는 전략을 제안한다.');
  });

  it('stops at 160 characters, at a word', () => {
    const long = reviewDescription([{title: 'word '.repeat(60).trim()}]);
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long).toMatch(/word…$/);
  });
});
