import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** What one command cost, for the whole tree of processes it started. */
export interface RunCost {
  wallMs: number;
  /** User plus system CPU time of the command and every process it waited for. */
  cpuMs: number;
  /** Largest sum of resident memory over the process tree, sampled every 200 ms. */
  peakRssBytes: number;
  exitCode: number;
  /** Standard output and error, interleaved. */
  output: string;
}

const PAGE_BYTES = 4096;

/**
 * Runs `command` in `cwd` in a process group of its own under
 * `/usr/bin/time` (for CPU time of the whole tree), sampling the group's
 * resident memory from /proc while it runs.
 */
export async function measureRun(
  command: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunCost> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const timeFile = path.join(scratch, 'time');
  const started = performance.now();
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%U %S', '-o', timeFile, ...command],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, FORCE_COLOR: '0', ...env},
    },
  );
  const chunks: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRss(child.pid!));
  }, 200);
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(code ?? 1)),
  );
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  const [user = NaN, system = NaN] = readFileSync(timeFile, 'utf8')
    .trim()
    .split('\n')
    .at(-1)!
    .split(' ')
    .map(Number);
  rmSync(scratch, {recursive: true, force: true});
  return {
    wallMs,
    cpuMs: (user + system) * 1000,
    peakRssBytes: peak,
    exitCode,
    output: chunks.join(''),
  };
}

/** Resident bytes of every process whose process group is `group`. */
export function groupRss(group: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const statm = readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * PAGE_BYTES;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Docusaurus's `DOCUSAURUS_PERF_LOGGER` lines, as label → milliseconds. */
export function perfPhases(output: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const match of output.matchAll(
    /^\[PERF\](?: \[KO\])? (.+?) - ([\d.]+) (seconds!|ms)/gm,
  )) {
    const ms = Number(match[2]) * (match[3] === 'ms' ? 1 : 1000);
    phases.set(match[1]!, (phases.get(match[1]!) ?? 0) + ms);
  }
  return phases;
}
