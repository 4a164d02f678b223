import {describe, expect, it} from 'vitest';
import {paperBibtex, reviewBibtex} from '../../src/lib/review/bibtex';

describe('BibTeX', () => {
  it('cites an arXiv paper as arXiv exports it, with the year from its id and no invented authors', () => {
    expect(
      paperBibtex({
        title: 'Reasoning with Sampling',
        subtitle: 'Your Base Model is Smarter Than You Think',
        url: 'https://huggingface.co/papers/2510.14901',
        arxivId: '2510.14901',
      }),
    ).toBe(
      [
        '@misc{arxiv:2510.14901,',
        '  title = {{Reasoning with Sampling: Your Base Model is Smarter Than You Think}},',
        '  year = {2025},',
        '  eprint = {2510.14901},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2510.14901}',
        '}',
      ].join('\n'),
    );
  });

  it('names the authors, date and category the paper metadata gives, in BibTeX spelling', () => {
    expect(
      paperBibtex({
        title: 'Hangul Tokenizers at Scale: Morpheme-Aware Vocabularies',
        url: 'https://huggingface.co/papers/2510.99001',
        arxivId: '2510.99001',
        authors: ['김민준', 'Jürgen Müller', 'A. B_C'],
        published: '2024-12-31',
        primaryClass: 'cs.CL',
      }),
    ).toBe(
      [
        '@misc{arxiv:2510.99001,',
        '  title = {{Hangul Tokenizers at Scale: Morpheme-Aware Vocabularies}},',
        '  author = {김민준 and Jürgen Müller and A. B\\_C},',
        '  year = {2024},',
        '  eprint = {2510.99001},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.CL},',
        '  url = {https://arxiv.org/abs/2510.99001}',
        '}',
      ].join('\n'),
    );
  });

  it('cites another paper by its title and address only', () => {
    const cited = paperBibtex({
      title: 'Scaling 100% of R&D_{x}',
      url: 'https://openreview.net/forum?id=abc',
    });
    expect(cited).toBe(
      [
        '@misc{scaling-100-of-r-d-x,',
        '  title = {{Scaling 100\\% of R\\&D\\_\\{x\\}}},',
        '  url = {https://openreview.net/forum?id=abc}',
        '}',
      ].join('\n'),
    );
    expect(cited).not.toMatch(/author|year/);
  });

  it('cites a review by its title, site, date and address', () => {
    expect(
      reviewBibtex({
        title: '2025년 10월 27일 논문 리뷰',
        date: '2025-10-27',
        url: 'https://reviews.example/docs/papers/y2025/oct/20251027',
        site: '논문 리뷰',
      }),
    ).toBe(
      [
        '@online{review-20251027,',
        '  title = {{2025년 10월 27일 논문 리뷰}},',
        '  organization = {논문 리뷰},',
        '  year = {2025},',
        '  date = {2025-10-27},',
        '  url = {https://reviews.example/docs/papers/y2025/oct/20251027}',
        '}',
      ].join('\n'),
    );
  });
});
