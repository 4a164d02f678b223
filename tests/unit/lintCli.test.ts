import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtureRoot = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lint/${name}`, import.meta.url));

function run(script: string, args: string[]) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(repo, 'scripts', script), ...args],
    {cwd: repo, encoding: 'utf8'},
  );
  return {status: child.status, stdout: child.stdout, stderr: child.stderr};
}

describe('npm run lint-posts', {timeout: 30_000}, () => {
  it('exits 0 over the real content and ends with the summary', () => {
    const {status, stdout} = run('lint-posts.ts', []);
    expect(status).toBe(0);
    expect(stdout).toMatch(/0 errors, \d+ warnings? in \d+ posts?\n$/);
  });

  it('exits 1 over a post with an error and names its file and line', () => {
    const {status, stdout} = run('lint-posts.ts', [
      '--root',
      fixtureRoot('unknown-org'),
    ]);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'docs/papers/y2025/oct/20251027.mdx:3:75  error  unknown organisation "harvrad" (did you mean "harvard"?)  (unknown-org)',
    );
  });

  it('takes the image size cap from --max-image-kb', () => {
    const root = fixtureRoot('asset-size');
    expect(run('lint-posts.ts', ['--root', root]).status).toBe(0);
    expect(
      run('lint-posts.ts', ['--root', root, '--max-image-kb', '4']).status,
    ).toBe(1);
  });

  it('explains itself with --help and exits 2 on bad usage', () => {
    const help = run('lint-posts.ts', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Example:');
    const bad = run('lint-posts.ts', ['--max-image-kb', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-image-kb takes a positive number');
  });
});

describe('npm run anchors:update', {timeout: 30_000}, () => {
  it('refuses to remove anchors unless --allow-removal is given', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'anchors-cli-'));
    try {
      cpSync(fixtureRoot('anchor-removed'), root, {recursive: true});
      const refused = run('anchors-update.ts', ['--root', root]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        '/docs/papers/y2025/oct/20251027#1-reasoning-with-sampling-harvard',
      );
      const allowed = run('anchors-update.ts', [
        '--root',
        root,
        '--allow-removal',
      ]);
      expect(allowed.status).toBe(0);
      expect(allowed.stdout).toContain('2 added, 4 removed');
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  });
});
