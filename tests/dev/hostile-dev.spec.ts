/**
 * The content allowlist under `docusaurus start`: a hostile post never runs
 * in the author's browser. Its page shows the dev server's compile error,
 * naming the post's file:line, and no JavaScript dialog ever opens.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type BrowserContext, type Page} from '@playwright/test';
import {
  CLEAN_POST,
  HOSTILE_POSTS,
  HOSTILE_SITE,
  POST_FOLDER,
  location,
  place,
} from '../hostile/expected';
import {makeTempSite, type TempSite} from '../hostile/site';
import {START_TIMEOUT, startDevServer, type DevServer} from './devServer';

/**
 * The hostile posts the dev server gets: a script element, braces in prose,
 * and those that would open a dialog if they compiled. Fewer posts start
 * faster.
 */
const DEV_POSTS = [
  '20251002.mdx', // <script>
  '20251003.mdx', // dangerouslySetInnerHTML
  '20251004.mdx', // export const Evil
  '20251006.mdx', // onError
  '20251007.mdx', // window.alert in an attribute
  '20251011.mdx', // import of a .js asset
  '20251016.mdx', // {1, 2, 3} in prose
  '20251023.mdx', // export default
];

const posts = HOSTILE_POSTS.filter((post) => DEV_POSTS.includes(post.file));

/** Posts with content mistakes that are not attacks, as an author makes them. */
const AUTHOR_FOLDER = 'docs/papers/y2025/nov';
const ALIAS_POST = {
  file: `${AUTHOR_FOLDER}/20251102.mdx`,
  text: '# 2025-11-02 papers review\n\n## 1. [Stabilizing MoE RL](https://huggingface.co/papers/2510.11370) `shaomi`\n\n라우터를 맞춘다.\n',
};
const UNKNOWN_ORG_POST = {
  file: `${AUTHOR_FOLDER}/20251103.mdx`,
  text: '# 2025-11-03 papers review\n\n## 1. [Search Self-play](https://huggingface.co/papers/2510.18821) `initech`\n\n자기 대국으로 배운다.\n',
};

/** How long the compile error may take to reach the page. */
const ERROR_TIMEOUT = 60_000;

/** The route of a post, from its file name. */
const route = (file: string) => `/${POST_FOLDER}/${file.replace(/\.mdx$/, '')}`;

// Every test shares one dev server; a failed test restarts the worker, and
// with it the server, so the tests after it still run.
let site: TempSite | undefined;
let server: DevServer | undefined;
let baseUrl = '';

test.beforeAll(async () => {
  test.setTimeout(START_TIMEOUT + 60_000);
  site = makeTempSite(HOSTILE_SITE, {posts: [CLEAN_POST, ...DEV_POSTS]});
  mkdirSync(path.join(site.dir, AUTHOR_FOLDER), {recursive: true});
  for (const post of [ALIAS_POST, UNKNOWN_ORG_POST]) {
    writeFileSync(path.join(site.dir, post.file), post.text);
  }
  server = await startDevServer(site.dir, route(CLEAN_POST));
  baseUrl = server.baseUrl;
});

test.afterAll(async () => {
  await server?.stop();
  site?.cleanup();
});

test('the clean post renders and opens no dialog', async ({page, context}) => {
  const dialogs = watchDialogs(context);
  await page.goto(`${baseUrl}${route(CLEAN_POST)}`);
  // Its heading only dates it ("2025-10-01 papers review"): the page says
  // the file's date.
  await expect(
    page.getByRole('heading', {level: 1, name: '2025년 10월 1일 논문 리뷰'}),
  ).toBeVisible();
  await settle(page);
  expect(dialogs).toEqual([]);
});

for (const post of posts) {
  test(`${place(post)} shows its compile error and opens no dialog (${post.attack})`, async ({
    page,
    context,
  }) => {
    const dialogs = watchDialogs(context);
    await page.goto(`${baseUrl}${route(post.file)}`);
    // Soft, so that a dialog is reported too when the error is missing.
    await expect.soft
      .poll(() => shownText(page), {
        message: `the page or the error overlay names ${location(post)}`,
        timeout: ERROR_TIMEOUT,
      })
      .toContain(location(post));
    await settle(page);
    expect(dialogs).toEqual([]);
  });
}

test('prints a warning with file:line in the terminal for an organisation alias', async () => {
  await expect
    .poll(() => server!.output(), {timeout: ERROR_TIMEOUT})
    .toMatch(
      /docs\/papers\/y2025\/nov\/20251102\.mdx:3:\d+ {2}warning {2}"shaomi" is a spelling of the organisation "xiaomi"/,
    );
});

test('stops a post with an unknown organisation, naming file:line in the page and the terminal', async ({
  page,
}) => {
  await page.goto(`${baseUrl}/${UNKNOWN_ORG_POST.file.replace(/\.mdx$/, '')}`);
  await expect
    .poll(() => shownText(page), {timeout: ERROR_TIMEOUT})
    .toContain(`${UNKNOWN_ORG_POST.file}:3:`);
  expect(server!.output()).toMatch(
    /docs\/papers\/y2025\/nov\/20251103\.mdx:3:\d+ {2}error {2}unknown organisation "initech"/,
  );
});

/** Every dialog the context's pages open, dismissed and described. */
function watchDialogs(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/** The text of the page and of its frames, where the error overlay lives. */
async function shownText(page: Page): Promise<string> {
  const texts: string[] = [];
  for (const frame of page.frames()) {
    texts.push(
      await frame
        .locator('body')
        .innerText({timeout: 5_000})
        .catch(() => ''),
    );
  }
  return texts.join('\n');
}

/**
 * Lets handlers that run after load (an image's onerror, a late effect)
 * have their chance to open a dialog before the test looks.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
}
