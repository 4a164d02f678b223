/**
 * From an empty day to a built page: `add-paper` for three papers through
 * the replay server, a second run that changes nothing, and a single-paper
 * review beside it. The built site shows the papers' authors on the cards,
 * the paper pages and in the BibTeX, and lists the single paper like any.
 */
import {readFileSync} from 'node:fs';
import {expect, test} from '@playwright/test';
import {openHydrated} from '../e2e/pageHelpers';
import {
  ADDED_PAGE,
  ADDED_POST,
  SINGLE_PAPER_PAGE,
  SINGLE_PAPER_POST,
  type AuthoringRecord,
} from './site';

const record = (): AuthoringRecord =>
  JSON.parse(readFileSync(process.env.AUTHORING_RECORD!, 'utf8'));

test.describe('add-paper', () => {
  test('writes an empty day’s post one paper at a time and says what it did', () => {
    const {runs} = record();
    expect(runs.slice(0, 3).map((run) => run.status)).toEqual([0, 0, 0]);
    expect(runs[0]!.output).toContain(
      `Added arXiv 2510.14901 "Reasoning with Sampling: Your Base Model is Smarter Than You Think" as paper 1 of ${ADDED_POST} (new post), tags \`harvard\`.`,
    );
    expect(runs[1]!.output).toContain(
      `Added arXiv 1706.03762 "Attention Is All You Need" as paper 2 of ${ADDED_POST}, no organisation tag.`,
    );
    expect(runs[2]!.output).toContain(
      'Not in src/data/orgs.ts, so not tagged: Institut für Beispielkunde, Universität Musterstadt.',
    );
    expect(runs[2]!.output).toMatch(
      /Write each review where it says TODO \(line \d+\), then preview it/,
    );
  });

  test('run again for a paper the post has, changes nothing and says so', () => {
    const {runs, beforeRepeat, afterRepeat} = record();
    const repeat = runs[3]!;
    expect(repeat.status).toBe(0);
    expect(repeat.output).toMatch(
      new RegExp(
        `arXiv 2510\\.14901 is already in ${ADDED_POST.replaceAll('.', '\\.')} \\(line \\d+\\); left as it is\\.\\nNothing was changed\\.`,
      ),
    );
    expect(afterRepeat).toBe(beforeRepeat);
  });

  test('lint finds only the placeholders left to write, and no paper missing its link in the single-paper review', () => {
    const {lint} = record();
    expect(lint.status).toBe(0);
    // New posts publish new anchors, which anchors:update records.
    const problems = lint.problems.filter(
      (problem) => problem.rule !== 'anchor-unrecorded',
    );
    expect(
      problems
        .filter((problem) => problem.file === ADDED_POST)
        .map((problem) => [problem.rule, problem.severity]),
    ).toEqual([
      ['empty-section', 'warning'],
      ['empty-section', 'warning'],
      ['empty-section', 'warning'],
    ]);
    expect(
      problems.filter(
        (problem) =>
          problem.file === SINGLE_PAPER_POST ||
          problem.rule === 'paper-missing-link',
      ),
    ).toEqual([]);
  });
});

test.describe('the built site', () => {
  test('cards name the authors, shortening a long list', async ({page}) => {
    await openHydrated(page, ADDED_PAGE);
    const cards = page.locator('[data-paper-card]');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0)).toContainText('Aayush Karan, Yilun Du');
    await expect(cards.nth(1)).toContainText(
      'Ashish Vaswani, Noam Shazeer, Niki Parmar 외 5명',
    );
    await expect(cards.nth(2)).toContainText(
      "김민준, Jürgen Müller, José Ángel García-Núñez, Zoë O'Brien",
    );
  });

  test('a card copies BibTeX with the authors and arXiv’s own title', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHydrated(page, ADDED_PAGE);
    await page
      .getByRole('button', {
        name: '인용: Reasoning with Sampling의 BibTeX 복사',
      })
      .click();
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toBe(
      [
        '@misc{arxiv:2510.14901,',
        '  title = {{Reasoning with Sampling: Your Base Model is Smarter Than You Think}},',
        '  author = {Aayush Karan and Yilun Du},',
        '  year = {2025},',
        '  eprint = {2510.14901},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.LG},',
        '  url = {https://arxiv.org/abs/2510.14901}',
        '}',
      ].join('\n'),
    );
  });

  test('the paper page shows every author, the arXiv date, the abstract and the BibTeX with authors', async ({
    page,
  }) => {
    await openHydrated(page, '/papers/2510.99001');
    await expect(page.locator('.paper-page-authors')).toHaveText(
      "김민준, Jürgen Müller, José Ángel García-Núñez, Zoë O'Brien",
    );
    await expect(page.locator('.paper-page-published')).toContainText(
      '2025년 10월 20일',
    );
    await expect(
      page.getByRole('region', {name: '초록'}).locator('p'),
    ).toContainText('morpheme-aware vocabularies');
    await expect(page.locator('.paper-page-bibtex')).toContainText(
      "author = {김민준 and Jürgen Müller and José Ángel García-Núñez and Zoë O'Brien}",
    );
  });

  test('a single-paper review has one card, at the top, and its sections stay sections', async ({
    page,
  }) => {
    await openHydrated(page, SINGLE_PAPER_PAGE);
    const cards = page.locator('[data-paper-card]');
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText('Attention Is All You Need');
    await expect(cards).toContainText('Ashish Vaswani');
    const firstSection = page.getByRole('heading', {
      level: 2,
      name: '1. 소개',
    });
    await expect(firstSection).toBeVisible();
    await expect(cards.getByRole('heading', {name: '1. 소개'})).toHaveCount(0);
    expect((await cards.boundingBox())!.y).toBeLessThan(
      (await firstSection.boundingBox())!.y,
    );
  });

  test('/papers lists the single-reviewed paper with both of its reviews', async ({
    page,
  }) => {
    await openHydrated(page, '/papers/1706.03762');
    const reviews = page.locator('.paper-page-reviews > li');
    await expect(reviews).toHaveCount(2);
    await expect(reviews.locator('a').first()).toHaveAttribute(
      'href',
      /20251105#/,
    );
    await expect(reviews.locator('a').nth(1)).toHaveAttribute(
      'href',
      new RegExp(`${SINGLE_PAPER_PAGE}`),
    );
    await openHydrated(page, '/papers');
    await expect(
      page.getByRole('link', {name: 'Attention Is All You Need'}),
    ).toHaveCount(1);
  });

  test('papers.json carries the authors of the cached papers', async ({
    request,
  }) => {
    const data = await (await request.get('/papers.json')).json();
    const paper = data.papers.find(
      (entry: {arxivId?: string}) => entry.arxivId === '2510.14901',
    );
    expect(paper.authors).toEqual(['Aayush Karan', 'Yilun Du']);
    expect(paper.published).toBe('2025-10-16');
  });
});
