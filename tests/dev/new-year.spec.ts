/**
 * Each year of reviews is a docs instance made when the config loads. The
 * first post of a new year must still show under a running `npm start`,
 * and so must the posts after it, without a restart, on the post's own
 * page and in what the paper index makes of it: the home page and the
 * paper's own page.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {CLEAN_POST, HOSTILE_SITE, POST_FOLDER} from '../hostile/expected';
import {makeTempSite, type TempSite} from '../hostile/site';
import {START_TIMEOUT, startDevServer, type DevServer} from './devServer';

/** How long the dev server may take to reload the site and compile the post. */
const RELOAD_TIMEOUT = 120_000;

const NEW_YEAR = 'docs/papers/y2026/jan';

/** A short post of `date` (YYYYMMDD) with one paper. */
const post = (date: string, title: string) =>
  `# ${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)} papers review\n\n` +
  `## 1. [${title}](https://huggingface.co/papers/2601.0${date.slice(6)}01)\n\n` +
  '새해 첫 리뷰의 본문.\n';

let site: TempSite | undefined;
let server: DevServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(START_TIMEOUT + 60_000);
  site = makeTempSite(HOSTILE_SITE, {posts: [CLEAN_POST]});
  server = await startDevServer(
    site.dir,
    `/${POST_FOLDER}/${CLEAN_POST.replace(/\.mdx$/, '')}`,
  );
});

test.afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

test('shows the first posts of a new year folder without a restart', async ({
  page,
}) => {
  test.setTimeout(3 * RELOAD_TIMEOUT);
  mkdirSync(path.join(site!.dir, NEW_YEAR), {recursive: true});
  for (const [date, title] of [
    ['20260105', 'First Paper of the Year'],
    ['20260112', 'Second Paper of the Year'],
  ] as const) {
    writeFileSync(
      path.join(site!.dir, NEW_YEAR, `${date}.mdx`),
      post(date, title),
    );
    const shown = expect
      .poll(
        async () => {
          await page.goto(`${server!.baseUrl}/${NEW_YEAR}/${date}`, {
            timeout: 60_000,
          });
          // The dev server renders in the browser: give the post's chunk
          // time to load before looking again from a fresh navigation.
          return page
            .getByRole('heading', {level: 2, name: title})
            .waitFor({timeout: 10_000})
            .then(
              () => 1,
              () => 0,
            );
        },
        {
          message: `${NEW_YEAR}/${date} is served`,
          timeout: RELOAD_TIMEOUT,
          intervals: [2_000],
        },
      )
      .toBe(1);
    // The server's output as it is when the wait gives up, not when it began.
    await shown.catch((error: Error) => {
      throw new Error(
        `${error.message}\n\nthe dev server's output:\n${server!.output().slice(-3000)}`,
      );
    });
  }
  // The new year is in the sidebar, with its month.
  await expect(
    page.getByRole('navigation', {name: /사이드바|sidebar/i}),
  ).toContainText('2026년');
  // And the home page, which the paper index makes, lists the new posts.
  await page.goto(`${server!.baseUrl}/`);
  await expect(page.getByRole('main')).toContainText(
    'Second Paper of the Year',
  );
  // So does the paper's page, from the data the dev server keeps current.
  await page.goto(`${server!.baseUrl}/papers/2601.01201`);
  await expect(
    page.getByRole('heading', {level: 1, name: 'Second Paper of the Year'}),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {name: '2026년 1월 12일 논문 리뷰'}),
  ).toHaveAttribute('href', `/${NEW_YEAR}/20260112#1-second-paper-of-the-year`);
});
