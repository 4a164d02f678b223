/**
 * The author's edit loop under `docusaurus start`: how long the dev server
 * takes to show a post, how long an edit of it takes to reach the open page,
 * how many compilations each edit costs and how much memory the server uses.
 */
import {spawn} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {readFileSync, readdirSync, renameSync, writeFileSync} from 'node:fs';
import {connect, createServer} from 'node:net';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {chromium, type Page} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutable} from './chromium';

export interface DevBenchOptions {
  /** A site folder with node_modules available (may be a symlink). */
  siteDir: string;
  /** Route of the post to open, e.g. '/docs/papers/y2025/dec/20251231'. */
  page: string;
  /** That post's file, relative to siteDir. */
  postFile: string;
  /** How many edits to time; 5 unless given. */
  edits?: number;
  /** The dev server's port; a free one unless given. */
  port?: number;
}

export interface DevBenchResult {
  /** From spawning `docusaurus start` until the page's H1 is visible in Chromium. */
  firstPageMs: number;
  /** For each edit: from writing the file until the edited text is visible in the page (no reload by the test). */
  editMs: number[];
  /** For each edit: how many "compiled" completions the server logged for it (the server should compile once per edit). */
  compilationsPerEdit: number[];
  /** Peak RSS of the dev server's whole process tree, bytes (sampled from /proc every ~200 ms). */
  peakRssBytes: number;
}

/** A line the dev server printed, with when it arrived (performance.now()). */
export interface LogLine {
  at: number;
  text: string;
}

/** How long a cold dev server may take to show the post. */
const FIRST_PAGE_TIMEOUT = 600_000;
/** How long one edit may take to reach the page. */
const EDIT_TIMEOUT = 120_000;
/** Quiet time (no output, no compilation) that counts as idle. */
const IDLE_QUIET_MS = 1_500;
/** How long the server may stay busy after an edit has shown. */
const IDLE_TIMEOUT = 120_000;
const RSS_SAMPLE_MS = 200;
/** Lines of the server's output quoted when something fails. */
const LOG_TAIL_LINES = 40;

/**
 * The bundler's own end-of-compilation line, which webpack-dev-middleware
 * prints with `stats: 'summary'` after every compilation that stays valid:
 * `client (Rspack 1.7.12) compiled successfully`, `client (webpack 5.101.0)
 * compiled with 1 error in 812 ms`, `Rspack 1.7.12 compiled with 2 warnings`.
 * webpackbar's `✔ Client: Compiled successfully in 2.3s` is the same
 * compilation said again, so it is not counted.
 */
const COMPILED_LINE =
  /(?:^|[\s(])(?:Rspack|webpack)(?: \d[^\s)]*)?\)? compiled(?: successfully| with \d+ (?:errors?|warnings?)(?: and \d+ warnings?)?)?(?: in \d|\s*$| \()/;

/**
 * Whether a line of the dev server's output reports a finished compilation
 * (colours are ignored). `docusaurus start` runs only the client compiler,
 * so these are `client (…) compiled …` lines; any compiler name counts.
 */
export function isCompiledLine(line: string): boolean {
  return COMPILED_LINE.test(stripVTControlCharacters(line));
}

/** How many finished compilations were logged in [from, to). */
export function countCompilations(
  log: readonly LogLine[],
  from: number,
  to: number,
): number {
  return log.filter(
    (line) => line.at >= from && line.at < to && isCompiledLine(line.text),
  ).length;
}

/** Turns chunks of a stream into whole lines; a partial line waits for its end. */
export function lineSplitter(
  onLine: (line: string) => void,
): (chunk: string) => void {
  let carry = '';
  return (chunk) => {
    const parts = (carry + chunk).split(/\r?\n|\r/);
    carry = parts.pop() ?? '';
    for (const part of parts) onLine(part);
  };
}

/** The fields of `/proc/<pid>/stat` the memory sampler needs. */
export interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  /** Resident set size, in pages. */
  rssPages: number;
}

/**
 * Reads `/proc/<pid>/stat`. The command name is in parentheses and may hold
 * spaces or parentheses itself, so fields are counted from the last `)`.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // Fields 3 onwards: state, ppid, pgrp, …, rss is field 24.
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const [ppid, pgrp, rssPages] = [rest[1], rest[2], rest[21]].map(Number);
  if (
    !Number.isInteger(pid) ||
    !Number.isInteger(ppid) ||
    !Number.isInteger(pgrp) ||
    !Number.isInteger(rssPages)
  ) {
    return undefined;
  }
  return {pid, ppid: ppid!, pgrp: pgrp!, rssPages: rssPages!};
}

/**
 * Resident pages of the tree under `root`: the processes of its process
 * group (the server is spawned as a group leader) and every descendant,
 * including one that started a group of its own.
 */
export function treeRssPages(stats: readonly ProcStat[], root: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const siblings = children.get(stat.ppid) ?? [];
    siblings.push(stat);
    children.set(stat.ppid, siblings);
  }
  const inTree = new Set<number>();
  const queue = stats.filter((stat) => stat.pid === root || stat.pgrp === root);
  while (queue.length > 0) {
    const stat = queue.pop()!;
    if (inTree.has(stat.pid)) continue;
    inTree.add(stat.pid);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return stats
    .filter((stat) => inTree.has(stat.pid))
    .reduce((sum, stat) => sum + stat.rssPages, 0);
}

function readProcStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

/** The kernel's page size; /proc counts memory in pages. */
function pageSize(): number {
  try {
    // The first line of /proc/self/smaps is a mapping; KernelPageSize follows.
    const match = /^KernelPageSize:\s+(\d+) kB$/m.exec(
      readFileSync('/proc/self/smaps', 'utf8'),
    );
    if (match) return Number(match[1]) * 1024;
  } catch {
    // No smaps: assume the common size.
  }
  return 4096;
}

/** A port of 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('could not find a free port')),
      );
    });
  });
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The dev server's compile state, from the messages webpack-dev-server sends
 * the page over its WebSocket: `invalid` when a compilation starts, then
 * `ok`, `warnings`, `errors` or `still-ok` when it ends.
 */
interface CompileState {
  /** Compilations started and not yet reported finished. */
  busy: boolean;
  /** When the page last heard from the server (performance.now()). */
  lastMessageAt: number;
}

const DONE_MESSAGES = new Set(['ok', 'warnings', 'errors', 'still-ok']);

function watchCompileState(page: Page): CompileState {
  const state: CompileState = {busy: false, lastMessageAt: 0};
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({payload}) => {
      let type: unknown;
      try {
        type = (JSON.parse(String(payload)) as {type?: unknown}).type;
      } catch {
        return;
      }
      if (type === 'progress-update') return;
      state.lastMessageAt = performance.now();
      if (type === 'invalid') state.busy = true;
      else if (typeof type === 'string' && DONE_MESSAGES.has(type)) {
        state.busy = false;
      }
    });
  });
  return state;
}

/**
 * Times `docusaurus start` on `siteDir`: the first view of `page`, then
 * `edits` edits of `postFile`, each a new marker paragraph at its end, waited
 * for in the open page. Between edits it waits until the server is idle: no
 * compilation in progress and no output for 1.5 s. The post is restored and
 * the server stopped whatever happens.
 */
export async function benchDevServer(
  options: DevBenchOptions,
): Promise<DevBenchResult> {
  const {siteDir, postFile} = options;
  const edits = options.edits ?? 5;
  const postPath = path.join(siteDir, postFile);
  const original = readFileSync(postPath);
  const log: LogLine[] = [];
  let lastOutputAt = 0;
  const record = (text: string) => {
    lastOutputAt = performance.now();
    log.push({at: lastOutputAt, text});
  };
  const logTail = () =>
    log
      .slice(-LOG_TAIL_LINES)
      .map((line) => stripVTControlCharacters(line.text))
      .join('\n');

  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
  });
  let stopServer = async () => {};
  let stopSampling = () => {};
  try {
    const port = options.port ?? (await freePort());
    const url = `http://127.0.0.1:${port}${options.page}`;
    const page = await browser.newPage();
    const compile = watchCompileState(page);

    const started = performance.now();
    const server = spawn(
      path.join('node_modules', '.bin', 'docusaurus'),
      ['start', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
      {
        cwd: siteDir,
        // Its own process group, so that stopping it stops its children too.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {...process.env, BROWSER: 'none', FORCE_COLOR: '0'},
      },
    );
    const pid = server.pid;
    if (pid === undefined) {
      throw new Error(`could not start docusaurus in ${siteDir}`);
    }
    let exited: string | undefined;
    const exit = new Promise<void>((resolve) => {
      server.once('exit', (code, signal) => {
        exited = `the dev server exited (${signal ?? `code ${code}`})`;
        resolve();
      });
    });
    stopServer = async () => {
      // The whole group, even when its leader has exited already.
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([
        exit.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), 10_000);
        }),
      ]);
      clearTimeout(timer);
      if (!stopped) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    };
    for (const stream of [server.stdout, server.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', lineSplitter(record));
    }

    const bytesPerPage = pageSize();
    let peakRssBytes = 0;
    const sample = () => {
      const bytes = treeRssPages(readProcStats(), pid) * bytesPerPage;
      peakRssBytes = Math.max(peakRssBytes, bytes);
    };
    const sampler = setInterval(sample, RSS_SAMPLE_MS);
    stopSampling = () => clearInterval(sampler);

    /** Runs `step`, failing with the server's output if it exits first. */
    const whileServing = async <T>(what: string, step: Promise<T>) => {
      step.catch(() => {});
      const result = await Promise.race([step, exit.then(() => undefined)]);
      if (exited) {
        throw new Error(`${exited} while ${what}; its output:\n${logTail()}`);
      }
      return result as T;
    };

    await whileServing(
      'starting',
      waitForListening(port, started, () => !exited),
    );
    try {
      await whileServing(
        `opening ${options.page}`,
        page
          .goto(url, {timeout: FIRST_PAGE_TIMEOUT})
          .then(() =>
            page
              .locator('article h1')
              .first()
              .waitFor({state: 'visible', timeout: FIRST_PAGE_TIMEOUT}),
          ),
      );
    } catch (error) {
      throw new Error(
        `${options.page} showed no H1 (${(error as Error).message.split('\n')[0]}); the server's output:\n${logTail()}`,
      );
    }
    const firstPageMs = performance.now() - started;
    await whileServing(
      'settling',
      waitForIdle(
        compile,
        () => lastOutputAt,
        () => !exited,
      ),
    );

    const editMs: number[] = [];
    const compilationsPerEdit: number[] = [];
    for (let edit = 1; edit <= edits; edit += 1) {
      const marker = `bench-edit-${edit}-${randomBytes(4).toString('hex')}`;
      const edited = Buffer.concat([original, Buffer.from(`\n\n${marker}\n`)]);
      // One change for the watcher: a plain write truncates then writes, and
      // under load the bundler's 5 ms wait can compile between the two.
      const temporary = `${postPath}.bench-edit`;
      writeFileSync(temporary, edited);
      const written = performance.now();
      renameSync(temporary, postPath);
      try {
        await whileServing(
          `waiting for edit ${edit}`,
          page
            .getByText(marker, {exact: true})
            .waitFor({state: 'visible', timeout: EDIT_TIMEOUT}),
        );
      } catch (error) {
        throw new Error(
          `edit ${edit} of ${postFile} did not show in ${options.page} (${(error as Error).message.split('\n')[0]}); the server's output:\n${logTail()}`,
        );
      }
      editMs.push(performance.now() - written);
      await whileServing(
        `settling after edit ${edit}`,
        waitForIdle(
          compile,
          () => lastOutputAt,
          () => !exited,
        ),
      );
      compilationsPerEdit.push(
        countCompilations(log, written, performance.now()),
      );
    }
    sample();
    return {firstPageMs, editMs, compilationsPerEdit, peakRssBytes};
  } finally {
    stopSampling();
    await browser.close().catch(() => {});
    await stopServer();
    writeFileSync(postPath, original);
  }
}

/** Waits until something accepts connections on the server's port. */
async function waitForListening(
  port: number,
  since: number,
  running: () => boolean,
): Promise<void> {
  while (running() && performance.now() - since < FIRST_PAGE_TIMEOUT) {
    const listening = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (listening) return;
    await sleep(200);
  }
  throw new Error(`nothing listened on port ${port}`);
}

/**
 * Waits until no compilation is in progress (as the page's dev-server socket
 * reports) and neither the socket nor the server's output has said anything
 * for IDLE_QUIET_MS: a post edit also reloads the docs plugin, which writes
 * generated files and so may start another compilation a moment later.
 */
async function waitForIdle(
  compile: CompileState,
  lastOutputAt: () => number,
  running: () => boolean,
): Promise<void> {
  const since = performance.now();
  while (running() && performance.now() - since < IDLE_TIMEOUT) {
    const quietSince = Math.max(compile.lastMessageAt, lastOutputAt());
    if (!compile.busy && performance.now() - quietSince >= IDLE_QUIET_MS) {
      return;
    }
    await sleep(100);
  }
  throw new Error(`the dev server was still busy after ${IDLE_TIMEOUT} ms`);
}
