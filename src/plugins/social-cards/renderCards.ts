import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {CardContent} from './card';

const require = createRequire(import.meta.url);

/** A card to render; `key` names its content and how it is drawn. */
export interface CardJob {
  key: string;
  content: CardContent;
}

export type CardResult =
  {key: string; png: Uint8Array} | {key: string; error: string};

/**
 * What a card's pixels depend on besides its content: the renderer, the
 * font and the drawing code. A change to any of them draws every card
 * afresh.
 */
function rendererVersion(): string {
  const version = (name: string) =>
    (require(`${name}/package.json`) as {version: string}).version;
  const drawing = ['./draw.ts', './render.ts'].map((file) =>
    readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'),
  );
  return [
    ...['@napi-rs/canvas', '@kfonts/nanum-gothic'].map(
      (name) => `${name}@${version(name)}`,
    ),
    ...drawing,
  ].join('\n');
}

/**
 * Renders the cards, each under its `file`, as PNG: from the cache
 * (`cacheDir`, by content) when it was drawn before, else on a worker
 * thread, while the build goes on.
 */
export async function renderCards(
  cards: readonly {file: string; content: CardContent}[],
  cacheDir: string,
): Promise<{file: string; png: Uint8Array}[]> {
  const version = rendererVersion();
  const keyed = cards.map((card) => ({
    ...card,
    key: createHash('sha256')
      .update(version)
      .update(JSON.stringify(card.content))
      .digest('hex'),
  }));
  const drawn = new Map<string, Uint8Array>();
  await Promise.all(
    keyed.map(async ({key}) => {
      const png = await readFile(path.join(cacheDir, `${key}.png`)).catch(
        () => undefined,
      );
      if (png) drawn.set(key, png);
    }),
  );
  const missing = [
    ...new Map(
      keyed
        .filter(({key}) => !drawn.has(key))
        .map(({key, content}) => [key, {key, content}]),
    ).values(),
  ];
  if (missing.length > 0) {
    await mkdir(cacheDir, {recursive: true});
    const rendered = await renderOnWorkers(missing);
    await Promise.all(
      [...rendered].map(async ([key, png]) => {
        drawn.set(key, png);
        await writeFile(path.join(cacheDir, `${key}.png`), png);
      }),
    );
  }
  return keyed.map(({file, key}) => ({file, png: drawn.get(key)!}));
}

/**
 * Renders on one worker per spare core (one at least): a card takes about
 * ten milliseconds, the build's own thread has the bundler to run.
 */
function renderOnWorkers(
  jobs: readonly CardJob[],
): Promise<Map<string, Uint8Array>> {
  const count = Math.max(1, Math.min(jobs.length, availableParallelism() - 1));
  const results = new Map<string, Uint8Array>();
  let next = 0;
  const file = fileURLToPath(new URL('./cardWorker.ts', import.meta.url));
  const run = () =>
    new Promise<void>((resolve, reject) => {
      // Loaded through jiti, as Docusaurus loads the site's TypeScript.
      const worker = new Worker(
        `const {workerData} = require('node:worker_threads');
         require(workerData.jiti)(workerData.file, {cache: true})(workerData.file);`,
        {eval: true, workerData: {jiti: require.resolve('jiti'), file}},
      );
      const send = () => {
        const job = jobs[next++];
        if (job) {
          worker.postMessage(job);
        } else {
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on('message', (result: CardResult) => {
        if ('error' in result) {
          void worker.terminate();
          reject(
            new Error(`a social card could not be drawn: ${result.error}`),
          );
          return;
        }
        results.set(result.key, result.png);
        send();
      });
      worker.once('error', reject);
      send();
    });
  return Promise.all(Array.from({length: count}, run)).then(() => results);
}
