import {existsSync, readFileSync} from 'node:fs';
import {cp, mkdir, readdir, rename, rm, stat} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {SearchRecord} from './records';
import type * as Pagefind from 'pagefind';

/** Pagefind's prebuilt search UIs; the site has its own, so they go. */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

/** Pagefind's search runtime, as opposed to the index it searches. */
const RUNTIME_FILES = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..*)$/;

/** What was written, for the build log and the index-size figure. */
export interface IndexStats {
  /** The URL of every record, in the order given. */
  urls: string[];
  records: number;
  /** Bytes of index data (runtime excluded), as served (already gzipped). */
  indexBytes: number;
  /** Bytes of Pagefind's runtime: loader, worker and WebAssembly. */
  runtimeBytes: number;
}

/**
 * Builds a Pagefind index of `records` into `outputPath` (emptied first),
 * without Pagefind's own UI files. `siteDir` is where Pagefind is installed
 * from.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  siteDir: string,
): Promise<IndexStats> {
  const pagefind = await loadPagefind(siteDir);
  await rm(outputPath, {recursive: true, force: true});
  try {
    const {index, errors} = await pagefind.createIndex();
    if (!index) {
      throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    }
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) {
        throw new Error(
          `Pagefind rejected the record of ${record.url}: ${added.errors.join('; ')}`,
        );
      }
    }
    const written = await index.writeFiles({outputPath});
    if (written.errors.length > 0) {
      throw new Error(
        `Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`,
      );
    }
  } finally {
    await pagefind.close();
  }
  let indexBytes = 0;
  let runtimeBytes = 0;
  for (const entry of await readdir(outputPath, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (UNUSED_FILES.test(entry.name) && entry.parentPath === outputPath) {
      await rm(file);
    } else if (RUNTIME_FILES.test(entry.name)) {
      runtimeBytes += (await stat(file)).size;
    } else {
      indexBytes += (await stat(file)).size;
    }
  }
  return {
    urls: records.map((record) => record.url),
    records: records.length,
    indexBytes,
    runtimeBytes,
  };
}

/** Moves a finished index folder to `target`, replacing what is there. */
export async function moveIndex(from: string, target: string): Promise<void> {
  await rm(target, {recursive: true, force: true});
  await mkdir(path.dirname(target), {recursive: true});
  try {
    await rename(from, target);
  } catch (error) {
    // Another file system (a build folder elsewhere): copy instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, target, {recursive: true});
    await rm(from, {recursive: true, force: true});
  }
}

/**
 * Pagefind's Node API. Its package exports only an `import` condition, which
 * the CommonJS loader Docusaurus reads plugins with cannot resolve, so its
 * entry file is found here and imported by its file URL (which that loader,
 * turning `import()` into its own `require`, accepts too).
 */
async function loadPagefind(siteDir: string): Promise<typeof Pagefind> {
  const resolver = createRequire(path.join(siteDir, 'package.json'));
  for (const folder of resolver.resolve.paths('pagefind') ?? []) {
    const manifest = path.join(folder, 'pagefind', 'package.json');
    if (!existsSync(manifest)) continue;
    const {exports} = JSON.parse(readFileSync(manifest, 'utf8')) as {
      exports?: {'.'?: {import?: string}};
    };
    const entry = exports?.['.']?.import ?? './lib/index.js';
    return import(pathToFileURL(path.join(folder, 'pagefind', entry)).href);
  }
  throw new Error(
    `Pagefind is not installed in ${siteDir}: run npm ci (the search index needs it).`,
  );
}
