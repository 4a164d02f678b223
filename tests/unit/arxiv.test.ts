import {describe, expect, it} from 'vitest';
import {arxivAnchor, extractArxivId, paperLinks} from '../../src/lib/review';

describe('extractArxivId', () => {
  it.each([
    ['https://huggingface.co/papers/2510.14901', '2510.14901'],
    ['https://huggingface.co/papers/2510.14901#community', '2510.14901'],
    ['https://arxiv.org/abs/2510.14901', '2510.14901'],
    ['https://arxiv.org/abs/2510.14901v3', '2510.14901'],
    ['http://www.arxiv.org/abs/2510.14901/', '2510.14901'],
    ['https://arxiv.org/pdf/2510.21553', '2510.21553'],
    ['https://arxiv.org/pdf/2510.21553v2', '2510.21553'],
    ['https://arxiv.org/pdf/2510.21553v2.pdf', '2510.21553'],
    ['https://arxiv.org/pdf/2510.21553.pdf', '2510.21553'],
    ['https://arxiv.org/abs/0704.0001', '0704.0001'],
    ['https://arxiv.org/abs/1501.0001', '1501.0001'],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://arxiv.org/pdf/math.GT/0309136v1.pdf', 'math.GT/0309136'],
  ])('finds the id in %s', (url, id) => {
    expect(extractArxivId(url)).toBe(id);
  });

  it.each([
    'https://huggingface.co/papers?q=Distractor%20Injection',
    'https://huggingface.co/papers/trending',
    'https://openreview.net/forum?id=abc',
    'https://arxiv.org/list/cs.LG/recent',
    'https://example.com/arxiv.org/abs/2510.14901',
  ])('finds no id in %s', (url) => {
    expect(extractArxivId(url)).toBeUndefined();
  });
});

describe('anchors and links', () => {
  it('derives an alias anchor that is a valid fragment', () => {
    expect(arxivAnchor('2510.14901')).toBe('arxiv-2510.14901');
    expect(arxivAnchor('hep-th/9901001')).toBe('arxiv-hep-th-9901001');
  });

  it('offers the abstract and PDF, plus Hugging Face when the author linked it', () => {
    expect(
      paperLinks({
        url: 'https://huggingface.co/papers/2510.14901',
        arxivId: '2510.14901',
      }),
    ).toEqual([
      {kind: 'arxiv', url: 'https://arxiv.org/abs/2510.14901'},
      {kind: 'pdf', url: 'https://arxiv.org/pdf/2510.14901'},
      {kind: 'huggingface', url: 'https://huggingface.co/papers/2510.14901'},
    ]);
    expect(
      paperLinks({
        url: 'https://arxiv.org/pdf/2510.21553',
        arxivId: '2510.21553',
      }).map((link) => link.kind),
    ).toEqual(['arxiv', 'pdf']);
  });

  it('keeps the author link for a paper without an arXiv id', () => {
    expect(paperLinks({url: 'https://openreview.net/forum?id=abc'})).toEqual([
      {kind: 'source', url: 'https://openreview.net/forum?id=abc'},
    ]);
  });
});
