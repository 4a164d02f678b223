import {describe, expect, it} from 'vitest';
import {
  countCompilations,
  isCompiledLine,
  lineSplitter,
  parseProcStat,
  treeRssPages,
  type ProcStat,
} from '../../scripts/lib/devBench';

/** What Docusaurus 3.10 with Rspack printed after one compilation. */
const RSPACK_COMPILED =
  '\u001b[1mclient\u001b[39m\u001b[22m (Rspack 1.7.12) compiled \u001b[1m\u001b[32msuccessfully\u001b[39m\u001b[22m';

describe('isCompiledLine', () => {
  it('recognises the bundler summary line, in colour or not', () => {
    expect(isCompiledLine(RSPACK_COMPILED)).toBe(true);
    expect(isCompiledLine('client (Rspack 1.7.12) compiled successfully')).toBe(
      true,
    );
    expect(
      isCompiledLine(
        'client (webpack 5.101.0) compiled successfully in 812 ms',
      ),
    ).toBe(true);
    expect(isCompiledLine('Rspack 1.7.12 compiled with 2 warnings')).toBe(true);
    expect(
      isCompiledLine(
        'client (webpack 5.101.0) compiled with 1 error and 2 warnings in 90 ms',
      ),
    ).toBe(true);
  });

  it('ignores progress bars and post warnings that mention compiling', () => {
    expect(isCompiledLine('✔ Client: Compiled successfully in 2.31s')).toBe(
      false,
    );
    expect(
      isCompiledLine(
        '[content] docs/a.mdx:3:1  warning  the post is compiled with errors  (x)',
      ),
    ).toBe(false);
    expect(
      isCompiledLine('[SUCCESS] Docusaurus website is running at: http://x/'),
    ).toBe(false);
  });
});

describe('countCompilations', () => {
  it('counts the compiled lines logged between two times', () => {
    const log = [
      {at: 10, text: RSPACK_COMPILED},
      {at: 100, text: '[content] docs/a.mdx:1:1  warning  …'},
      {at: 120, text: RSPACK_COMPILED},
      {at: 150, text: RSPACK_COMPILED},
      {at: 300, text: RSPACK_COMPILED},
    ];
    expect(countCompilations(log, 100, 300)).toBe(2);
    expect(countCompilations(log, 0, 1000)).toBe(4);
    expect(countCompilations(log, 200, 250)).toBe(0);
  });
});

describe('lineSplitter', () => {
  it('joins lines split across chunks and keeps an unfinished line back', () => {
    const lines: string[] = [];
    const push = lineSplitter((line) => lines.push(line));
    push('client (Rspack 1.7.12) com');
    push('piled successfully\r\nnext\n[con');
    expect(lines).toEqual([
      'client (Rspack 1.7.12) compiled successfully',
      'next',
    ]);
    push('tent] x\n');
    expect(lines.at(-1)).toBe('[content] x');
  });
});

describe('parseProcStat', () => {
  it('reads ppid, process group and RSS after a command name with spaces', () => {
    const text =
      '4242 (node (worker) x) S 4200 4242 4242 0 -1 4194560 1 0 0 0 5 6 0 0 20 0 11 0 100 1000000 1234 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n';
    expect(parseProcStat(text)).toEqual({
      pid: 4242,
      ppid: 4200,
      pgrp: 4242,
      rssPages: 1234,
    });
  });

  it('returns undefined for text that is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('12 (x) S')).toBeUndefined();
  });
});

describe('treeRssPages', () => {
  const stat = (pid: number, ppid: number, pgrp: number, rssPages: number) =>
    ({pid, ppid, pgrp, rssPages}) satisfies ProcStat;

  it('sums the group and every descendant, and nothing else', () => {
    const stats = [
      stat(1, 0, 1, 1_000),
      stat(50, 1, 50, 7), // the test runner, the server's parent
      stat(100, 50, 100, 10), // the server
      stat(101, 100, 100, 20), // a worker in its group
      stat(102, 100, 102, 30), // a child that started its own group
      stat(103, 102, 102, 40), // and its child
      stat(104, 1, 100, 50), // re-parented, still in the group
      stat(200, 1, 200, 500), // unrelated
    ];
    expect(treeRssPages(stats, 100)).toBe(10 + 20 + 30 + 40 + 50);
  });
});
