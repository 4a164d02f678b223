/**
 * Lighthouse scores a page as a host serves it: the benchmark's server must
 * answer `/a` with `a/index.html`, gzip text as hosts do, and never serve a
 * file outside the build.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {request} from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveBuild} from '../../scripts/lib/lighthouse';

let root: string;
let served: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'serve-build-'));
  mkdirSync(path.join(root, 'build', 'docs', 'post'), {recursive: true});
  writeFileSync(
    path.join(root, 'build', 'docs', 'post', 'index.html'),
    '<h1>글</h1>',
  );
  writeFileSync(path.join(root, 'secret.txt'), 'outside the build');
  served = await serveBuild(path.join(root, 'build'));
});
afterAll(async () => {
  await served.close();
  rmSync(root, {recursive: true, force: true});
});

function get(
  urlPath: string,
): Promise<{status: number; encoding?: string; body: Buffer}> {
  return new Promise((resolve, reject) => {
    request(
      `${served.origin}${urlPath}`,
      {headers: {'accept-encoding': 'gzip'}},
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            ...(response.headers['content-encoding'] && {
              encoding: response.headers['content-encoding'],
            }),
            body: Buffer.concat(chunks),
          }),
        );
      },
    )
      .on('error', reject)
      .end();
  });
}

describe('the build as a host serves it', () => {
  it('answers a page path with its index.html, gzipped', async () => {
    const page = await get('/docs/post');
    expect(page).toMatchObject({status: 200, encoding: 'gzip'});
    expect(gunzipSync(page.body).toString()).toBe('<h1>글</h1>');
  });

  it('answers 404 for a missing file and for a path out of the build', async () => {
    expect((await get('/docs/missing')).status).toBe(404);
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
  });
});
