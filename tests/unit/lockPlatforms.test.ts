import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  missingPlatformBinaries,
  type Lockfile,
} from '../../scripts/lib/lockPlatforms';

const lock = (): Lockfile =>
  JSON.parse(
    readFileSync(path.join(__dirname, '../../package-lock.json'), 'utf8'),
  ) as Lockfile;

describe('the lockfile installs on every platform the site is built on', () => {
  it('has each native package for Linux and macOS, x64 and arm64', () => {
    expect(missingPlatformBinaries(lock())).toEqual([]);
  });

  it('names a native package a platform would go without', () => {
    const broken = lock();
    delete broken.packages['node_modules/@rspack/binding-darwin-arm64'];
    delete broken.packages['node_modules/@napi-rs/canvas-linux-arm64-gnu'];
    expect(missingPlatformBinaries(broken)).toEqual(
      expect.arrayContaining([
        {pkg: '@rspack/binding', platform: 'macOS arm64'},
        {pkg: '@napi-rs/canvas', platform: 'Linux arm64'},
      ]),
    );
    expect(missingPlatformBinaries(broken)).toHaveLength(2);
  });

  it('does not count a musl package for glibc Linux', () => {
    const broken = lock();
    delete broken.packages['node_modules/@swc/core-linux-x64-gnu'];
    expect(missingPlatformBinaries(broken)).toEqual([
      {pkg: '@swc/core', platform: 'Linux x64'},
    ]);
  });
});
