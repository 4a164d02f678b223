/**
 * A `docusaurus start` of a throw-away site for the browser tests in
 * tests/dev: started on a free port of 127.0.0.1, stopped by its process
 * group.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {freePort} from '../../scripts/lib/devBench';

/** How long a cold dev server may take to compile the site. */
export const START_TIMEOUT = 540_000;

export interface DevServer {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  /** The server's terminal output so far (the last few hundred chunks). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the dev server in `siteDir` and waits until `firstPage` answers. */
export async function startDevServer(
  siteDir: string,
  firstPage: string,
): Promise<DevServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const chunks: string[] = [];
  const child = spawn(
    'npx',
    [
      'docusaurus',
      'start',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-open',
    ],
    {
      cwd: siteDir,
      // Its own process group, so that stopping it stops its children too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, FORCE_COLOR: '0', BROWSER: 'none'},
    },
  );
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString('utf8'));
    if (chunks.length > 400) chunks.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: DevServer = {
    baseUrl,
    output: () => chunks.join(''),
    stop: () => stop(child),
  };
  try {
    await waitUntilServing(`${baseUrl}${firstPage}`, child, server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

const recentOutput = (server: DevServer) =>
  server.output().split('\n').slice(-80).join('\n');

/** Waits until `url` answers 200; fails early if the server exits. */
async function waitUntilServing(
  url: string,
  child: ChildProcess,
  server: DevServer,
) {
  const deadline = Date.now() + START_TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `docusaurus start exited (${child.exitCode ?? child.signalCode}):\n${recentOutput(server)}`,
      );
    }
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(60_000)});
      if (response.ok) return;
    } catch {
      // Not listening yet, or still compiling.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(
    `docusaurus start did not serve ${url} within ${START_TIMEOUT / 1000} s:\n${recentOutput(server)}`,
  );
}

/** Stops the server's process group by its pid, and waits for it to exit. */
async function stop(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
