/**
 * Makes the authoring suite's site: a copy of the repository's site, a
 * single-paper review from the fixtures, and a post written from nothing
 * by `add-paper` for three papers through the replay server. Then lints,
 * builds and serves it; the tests read what each step printed.
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {serveBuild} from '../../scripts/lib/lighthouse';
import {REPO, buildSite, makeTempSite, runToEnd} from '../hostile/site';
import {startReplayServer} from '../paperApi/replayServer';
import {
  ADDED_PAPERS,
  ADDED_POST,
  AUTHORING_PORT,
  SINGLE_PAPER_POST,
  type AuthoringRecord,
} from './site';

export default async function setup(): Promise<() => Promise<void>> {
  const fixture = mkdtempSync(path.join(tmpdir(), 'authoring-fixture-'));
  cpSync(path.join(REPO, 'docs'), path.join(fixture, 'docs'), {
    recursive: true,
  });
  cpSync(
    path.join(REPO, 'tests/fixtures/single-paper', SINGLE_PAPER_POST),
    path.join(fixture, SINGLE_PAPER_POST),
  );
  const site = makeTempSite(fixture);
  rmSync(fixture, {recursive: true, force: true});
  const api = await startReplayServer();
  try {
    const addPaper = (args: string[]) =>
      runToEnd(
        process.execPath,
        ['--import', 'tsx', path.join(REPO, 'scripts/add-paper.ts'), ...args],
        {cwd: site.dir, env: {...api.env, FORCE_COLOR: '0'}},
      ).then((run) => ({args, ...run}));
    const runs: AuthoringRecord['runs'] = [];
    for (const paper of ADDED_PAPERS) {
      runs.push(await addPaper([paper, '--date', '2025-11-05']));
    }
    const beforeRepeat = readFileSync(path.join(site.dir, ADDED_POST), 'utf8');
    runs.push(await addPaper(['2510.14901', '--date', '2025-11-05']));
    const afterRepeat = readFileSync(path.join(site.dir, ADDED_POST), 'utf8');

    const lint = await runToEnd(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(REPO, 'scripts/lint-posts.ts'),
        '--root',
        site.dir,
        '--format',
        'json',
      ],
      {cwd: REPO},
    );
    const built = await buildSite(site.dir);
    if (built.status !== 0) {
      throw new Error(`the authoring site did not build:\n${built.output}`);
    }
    const record: AuthoringRecord = {
      runs,
      beforeRepeat,
      afterRepeat,
      lint: {
        status: lint.status,
        // The report is the JSON object; anything printed around it is not.
        problems: JSON.parse(
          lint.output.slice(
            lint.output.indexOf('{'),
            lint.output.lastIndexOf('}') + 1,
          ),
        ).problems,
      },
    };
    const recordFile = path.join(site.dir, 'authoring-record.json');
    writeFileSync(recordFile, JSON.stringify(record));
    process.env.AUTHORING_RECORD = recordFile;
  } catch (error) {
    await api.close();
    site.cleanup();
    throw error;
  }
  await api.close();
  const server = await serveBuild(path.join(site.dir, 'build'), AUTHORING_PORT);
  return async () => {
    await server.close();
    site.cleanup();
  };
}
