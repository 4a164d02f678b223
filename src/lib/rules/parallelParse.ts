import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {listBlogFiles, listPostFiles} from '../review/scan';
import {parsedStore, postFromTree, type LintOptions} from './load';
import {parseWithRecovery} from './parsing';
import type {LintPost, ParseProblem} from './types';
import type {Root} from 'mdast';

/** A post for a worker to parse. */
export interface ParseJob {
  file: string;
  source: string;
}

/** What a worker made of one post. */
export type ParseResult =
  | {file: string; tree?: Root; complete: boolean; problems: ParseProblem[]}
  | {file: string; failed: true};

/**
 * Below this many posts to parse, a worker costs more than it saves: it
 * loads the parser (~0.8 s), and each tree it sends back is copied. On two
 * cores 200 realistic posts took 1.65 s in one thread and 1.75-2.35 s with
 * a worker; 1,000 took 6.3-8.8 s and 5.9-6.4 s.
 */
const MIN_POSTS_FOR_WORKERS = 500;
/** Posts a worker takes at a time: few enough that all finish together. */
const BATCH = 20;

/**
 * Parses the posts of a site that the parsed store does not hold yet, on
 * every core, so that the `loadSite` after it finds them parsed. Parsing is
 * most of a load (about 6 ms for a 10 KB post). This thread parses too,
 * while the workers start. A small site, or an edit in the dev server, is
 * left to `loadSite` alone.
 */
export async function parseInParallel(
  options: Pick<LintOptions, 'root' | 'parsed'> & {
    /** Fewer posts than this are left to `loadSite` (default 500). */
    minPosts?: number;
  } = {},
): Promise<void> {
  const root = path.resolve(options.root ?? process.cwd());
  const parsed = options.parsed ?? parsedStore;
  // Without a posts folder `loadSite` has the error to report.
  if (!existsSync(path.join(root, 'docs', 'papers'))) return;
  const queue = unparsedPosts(root, parsed);
  // This thread parses too, so one worker fewer than there are cores.
  const workers = Math.min(availableParallelism() - 1, 7);
  const minPosts = options.minPosts ?? MIN_POSTS_FOR_WORKERS;
  if (workers < 1 || queue.length < minPosts) return;
  const byFile = new Map(queue.map((job) => [job.file, job]));
  const store = (result: ParseResult) => {
    if ('failed' in result) return;
    const {file, kind, source} = byFile.get(result.file)!;
    parsed.set(
      path.join(root, file),
      postFromTree({
        root,
        file,
        kind,
        source,
        tree: result.tree,
        complete: result.complete,
        parseProblems: result.problems,
      }),
    );
  };
  const take = () => queue.splice(0, BATCH);
  const running = Array.from({length: workers}, () =>
    runWorker(take, (results) => results.forEach(store)),
  );
  // This thread parses one post at a time, letting the workers' messages in
  // between, until the queue is empty.
  let job: (typeof queue)[number] | undefined;
  while ((job = queue.shift())) {
    try {
      store({file: job.file, ...parseWithRecovery(job.source, job.file)});
    } catch {
      // `loadSite` parses it again and reports the error.
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
}

/** The posts whose text the parsed store does not hold, in order. */
function unparsedPosts(
  root: string,
  parsed: Map<string, LintPost>,
): (ParseJob & {kind: LintPost['kind']})[] {
  const listed: [string[], LintPost['kind']][] = [
    [listPostFiles(root), 'review'],
    [listBlogFiles(root), 'blog'],
  ];
  // A reload after an edit knows every post: `loadSite` parses what
  // changed, so the texts are not read here as well.
  const allKnown = listed.every(([files]) =>
    files.every((file) => parsed.has(path.join(root, file))),
  );
  if (allKnown) return [];
  return listed.flatMap(([files, kind]) =>
    files.flatMap((file) => {
      const source = readFileSync(path.join(root, file), 'utf8');
      const known = parsed.get(path.join(root, file));
      return known?.source === source && known.kind === kind
        ? []
        : [{file, kind, source}];
    }),
  );
}

/**
 * Runs `parseWorker.ts` on a worker thread, handing it batches from `take`
 * until that returns none. The worker loads it through jiti (which
 * Docusaurus loads the site config with), so the same TypeScript runs
 * there whether the caller is the build, the dev server or a script.
 */
function runWorker(
  take: () => ParseJob[],
  onResults: (results: ParseResult[]) => void,
): Promise<void> {
  const file = fileURLToPath(new URL('./parseWorker.ts', import.meta.url));
  const worker = new Worker(
    `const {workerData} = require('node:worker_threads');
     require(workerData.jiti)(workerData.file, {cache: true})(workerData.file);`,
    {
      eval: true,
      workerData: {jiti: createRequire(import.meta.url).resolve('jiti'), file},
    },
  );
  return new Promise((resolve, reject) => {
    worker.on('message', (results: ParseResult[]) => {
      onResults(results);
      worker.postMessage(take().map(({file, source}) => ({file, source})));
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`the post parser stopped with code ${code}`)),
    );
  });
}
