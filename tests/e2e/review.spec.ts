/**
 * What a reader sees on the review pages, the home page and the blog post
 * with math, in the served production build.
 */
import {expect, test} from './fixtures';
import {openHydrated, waitForHydration} from './pageHelpers';

const SEED = '/docs/papers/y2025/oct/20251027';

test.describe('the 20251027 review', () => {
  test('shows nine paper cards with their organisation tags', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    const cards = page.locator('[data-paper-card]');
    await expect(cards).toHaveCount(9);
    const harvard = cards.filter({hasText: 'Reasoning with Sampling'});
    await expect(harvard.getByRole('heading', {level: 2})).toHaveText(
      'Reasoning with Sampling',
    );
    await expect(harvard.locator('[data-org=harvard]')).toHaveText('Harvard');
    await expect(
      harvard.getByRole('heading', {
        level: 3,
        name: 'Your Base Model is Smarter Than You Think',
      }),
    ).toBeVisible();
    for (const [id, name] of [
      ['harvard', 'Harvard'],
      ['amazon', 'Amazon'],
      ['xiaomi', 'Xiaomi'],
      ['bytedance', 'ByteDance'],
      ['stability-ai', 'Stability AI'],
      ['google', 'Google'],
    ]) {
      await expect(page.locator(`[data-org="${id}"]`)).toHaveText(name!);
    }
  });

  test('links every paper to its arXiv abstract, PDF and Hugging Face page', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    await expect(page.locator('[data-paper-link=arxiv]')).toHaveCount(9);
    await expect(page.locator('[data-paper-link=pdf]')).toHaveCount(9);
    // The category-theory paper is linked by its PDF only.
    await expect(page.locator('[data-paper-link=huggingface]')).toHaveCount(8);
    await expect(
      page.locator(
        '[data-paper-link=arxiv][href="https://arxiv.org/abs/2510.21553"]',
      ),
    ).toHaveCount(1);
  });

  test('shows both figures with alt text, zooming on click and closing on Escape', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    const figures = page.locator('figure img');
    await expect(figures).toHaveCount(2);
    for (const image of await figures.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect(image).toHaveAttribute('alt', /구조도$/);
      await expect(image).toHaveJSProperty('complete', true);
      expect(
        await image.evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBe(1000);
    }
    const zoom = page.getByRole('button', {name: /^확대: .*Video-As-Prompt/});
    await zoom.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('img')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(zoom).toBeFocused();
  });

  test('on a phone, a figure opens full screen, wider than in the text, its controls clear of it', async ({
    page,
  }) => {
    await page.setViewportSize({width: 390, height: 844});
    await openHydrated(page, SEED);
    const zoom = page.getByRole('button', {name: /^확대: .*self-play/});
    await zoom.scrollIntoViewIfNeeded();
    const inText = (await zoom.locator('img').boundingBox())!;
    await zoom.click();
    const dialog = page.getByRole('dialog');
    const viewer = (await dialog.boundingBox())!;
    expect([viewer.width, viewer.height]).toEqual([390, 844]);
    const image = dialog.locator('img');
    await expect(image).toBeVisible();
    const shown = (await image.boundingBox())!;
    expect(shown.width).toBeGreaterThan(inText.width);
    for (const name of ['닫기', '원래 크기']) {
      const control = (await dialog.getByRole('button', {name}).boundingBox())!;
      expect(control.y + control.height, name).toBeLessThanOrEqual(shown.y);
    }
    // At its own size the image is wider than the screen, to pan across.
    await dialog.getByRole('button', {name: '원래 크기'}).click();
    expect((await image.boundingBox())!.width).toBe(1000);
    await dialog.getByRole('button', {name: '닫기'}).click();
    await expect(dialog).toBeHidden();
  });

  test('opens a figure from the keyboard with Enter', async ({page}) => {
    await openHydrated(page, SEED);
    const zoom = page.getByRole('button', {name: /^확대: .*self-play/});
    await zoom.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('button', {name: '닫기'}).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the cross-link lands on the 20251021 paper heading', async ({page}) => {
    await openHydrated(page, SEED);
    await page
      .locator('[data-paper-card]')
      .getByRole('link', {name: '논문', exact: true})
      .click();
    await expect(page).toHaveURL(
      /\/docs\/papers\/y2025\/oct\/20251021#1-distractor-injection-attacks-on-large-reasoning-models-amazon$/,
    );
    const heading = page.locator(
      '[id="1-distractor-injection-attacks-on-large-reasoning-models-amazon"]',
    );
    await expect(heading).toHaveText(
      'Distractor Injection Attacks on Large Reasoning Models',
    );
    await expect(heading).toBeInViewport();
  });

  test('a link to another review previews its paper on hover and focus, closes on Esc, and still leads there', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    const link = page
      .locator('[data-paper-card]')
      .getByRole('link', {name: '논문', exact: true});
    await link.hover();
    const preview = page.getByRole('tooltip');
    await expect(preview).toContainText(
      'Distractor Injection Attacks on Large Reasoning Models',
    );
    await expect(preview).toContainText('Amazon');
    await expect(preview).toContainText('2025년 10월 21일 논문 리뷰');
    await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();

    await page.mouse.move(0, 0);
    await link.focus();
    await expect(preview).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      /\/20251021#1-distractor-injection-attacks-on-large-reasoning-models-amazon$/,
    );
    await expect(preview).toBeHidden();
  });

  test('a tap on a phone opens no preview', async ({browser}) => {
    const context = await browser.newContext({hasTouch: true, isMobile: true});
    const page = await context.newPage();
    await openHydrated(page, SEED);
    await page
      .locator('[data-paper-card]')
      .getByRole('link', {name: '논문', exact: true})
      .tap();
    await expect(page).toHaveURL(/\/20251021#/);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await context.close();
  });

  test('a paper answers to its arXiv alias anchor', async ({page}) => {
    await openHydrated(page, `${SEED}#arxiv-2510.21057`);
    const card = page.locator('[id="arxiv-2510.21057"]');
    await expect(card).toBeInViewport();
    await expect(card.getByRole('heading', {level: 2})).toHaveText(
      'Soft Instruction De-escalation Defense',
    );
  });

  test('the sidebar lists the year, months and posts newest first', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    const sidebar = page.locator('nav.menu');
    await expect(sidebar.locator('.menu__link').first()).toHaveText('2025년');
    const posts = await sidebar
      .locator('a.menu__link[href^="/docs/papers/"]')
      .allTextContents();
    expect(posts).toEqual(['10월 27일', '10월 21일']);
  });

  test('numbers its cards 1 to 9 in order, whatever the author typed', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    // The headings say 1, 1, 3, 2, (none), 1, 2, 3, 4.
    await expect(
      page.locator('[data-paper-card] header > span:first-child'),
    ).toHaveText(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    // Each number starts the same column.
    const lefts = await page
      .locator('[data-paper-card] header > span:first-child')
      .evaluateAll((spans) =>
        spans.map((span) => Math.round(span.getBoundingClientRect().left)),
      );
    expect(new Set(lefts).size).toBe(1);
  });

  test("shows one date, the file's, in its heading, title and navigation", async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    // The author's heading says "2025-10-26 papers review".
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      '2025년 10월 27일 논문 리뷰',
    );
    await expect(page).toHaveTitle(/^2025년 10월 27일 논문 리뷰/);
    await expect(page.locator('body')).not.toContainText('10-26');
    await expect(page.locator('body')).not.toContainText('10월 26일');
  });

  test('leads back in time with 지난 리뷰 and forward with 다음 리뷰', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    const pager = page.getByRole('navigation', {name: '날짜순 리뷰'});
    // The newest review has only an earlier one.
    await expect(pager.getByRole('link')).toHaveCount(1);
    await pager.getByRole('link', {name: /지난 리뷰.*10월 21일/}).click();
    await expect(page).toHaveURL(/\/20251021$/);
    await waitForHydration(page);
    await expect(pager.getByRole('link')).toHaveCount(1);
    await pager.getByRole('link', {name: /다음 리뷰.*10월 27일/}).click();
    await expect(page).toHaveURL(new RegExp(`${SEED}$`));
  });

  test('lists its papers at the top, with reading time, each linking to its card', async ({
    page,
  }) => {
    await openHydrated(page, SEED);
    const summary = page.getByRole('navigation', {name: '이 리뷰의 논문'});
    await expect(summary).toContainText('논문 9편');
    await expect(summary).toContainText(/읽는 데 약 \d+분/);
    await expect(summary.getByRole('listitem')).toHaveCount(9);
    await summary.getByRole('link', {name: 'Foley Control'}).click();
    await expect(page).toHaveURL(/#3-foley-control-stability-ai$/);
    await expect(
      page.getByRole('heading', {level: 2, name: 'Foley Control'}),
    ).toBeInViewport();
  });

  test('copies the BibTeX of a paper and of the review, from the keyboard too', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openHydrated(page, SEED);
    const paperCite = page.getByRole('button', {
      name: '인용: Reasoning with Sampling의 BibTeX 복사',
    });
    await paperCite.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({hasText: '복사'})).toHaveText(
      'BibTeX를 복사했습니다',
    );
    const paper = await page.evaluate(() => navigator.clipboard.readText());
    expect(paper).toMatch(/^@misc\{arxiv:2510\.14901,/);
    expect(paper).toContain('eprint = {2510.14901}');
    expect(paper).toContain('archivePrefix = {arXiv}');
    expect(paper).toContain('year = {2025}');
    expect(paper).not.toContain('author');

    await page
      .getByRole('button', {name: /^인용: 2025년 10월 27일 논문 리뷰의/})
      .click();
    const review = await page.evaluate(() => navigator.clipboard.readText());
    expect(review).toMatch(/^@online\{review-20251027,/);
    expect(review).toContain('date = {2025-10-27}');
    expect(review).toMatch(
      /url = \{https?:\/\/\S+\/docs\/papers\/y2025\/oct\/20251027\}/,
    );
  });

  test('the table of contents lists papers by title', async ({page}) => {
    await openHydrated(page, SEED);
    const toc = page.locator('.table-of-contents');
    await expect(toc.locator('a').first()).toHaveText('A Definition of AGI');
    await expect(toc).not.toContainText('harvard');
  });
});

test('the home page lists the latest reviews newest first with their paper counts', async ({
  page,
}) => {
  await openHydrated(page, '/');
  const posts = page.locator('main ol > li');
  await expect(posts.first()).toContainText('2025년 10월 27일');
  // The author's heading only dated the post, a day off: one date shows.
  await expect(posts.first()).not.toContainText('2025-10-26');
  await expect(posts.first()).toContainText('논문 9편');
  await expect(posts.nth(1)).toContainText('2025년 10월 21일');
  await expect(posts.nth(1)).toContainText('논문 1편');
  await posts
    .first()
    .getByRole('link', {name: /2025년 10월 27일/})
    .click();
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
});

test('every count and paper title on the home page leads on', async ({
  page,
}) => {
  await openHydrated(page, '/');
  await page
    .getByRole('link', {name: 'Reasoning with Sampling', exact: true})
    .click();
  await expect(page).toHaveURL(
    new RegExp(`${SEED}#1-reasoning-with-sampling-harvard$`),
  );
  await openHydrated(page, '/');
  for (const [name, url] of [
    ['2편', /\/reviews$/],
    ['10편', /\/papers$/],
    ['6곳', /\/orgs$/],
  ] as const) {
    await page.locator('header dl').getByRole('link', {name}).click();
    await expect(page).toHaveURL(url);
    await page.goBack();
  }
});

test('the reviews page lists every review by month with its paper count', async ({
  page,
}) => {
  await openHydrated(page, '/reviews');
  const month = page.locator('section', {
    has: page.getByRole('heading', {name: '2025년 10월'}),
  });
  await expect(month.locator('li')).toHaveText([
    /2025년 10월 27일\s*논문 9편/,
    /2025년 10월 21일\s*논문 1편/,
  ]);
  await month.getByRole('link', {name: '2025년 10월 21일'}).click();
  await expect(page).toHaveURL(/\/20251021$/);
});

test('math renders with KaTeX, Korean inside \\text included, fonts loaded as files', async ({
  page,
}) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2$/.test(response.url()) && response.ok())
      fonts.push(response.url());
  });
  await openHydrated(page, '/blog/how-reviews-are-written');
  const display = page.locator('.katex-display');
  await expect(display).toHaveCount(2);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await expect(display.nth(1)).toContainText('정확도');
  await expect(
    display.first().locator('.katex-mathml annotation'),
  ).toContainText('\\mathrm{Attention}');
  await expect
    .poll(() => fonts.some((url) => /KaTeX_Main/.test(url)))
    .toBe(true);
});
