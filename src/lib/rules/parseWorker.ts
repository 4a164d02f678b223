/**
 * A worker thread of `parseInParallel`: asks for posts, parses them and
 * posts each result back, until there are none left.
 */
import {parentPort} from 'node:worker_threads';
import {parseWithRecovery} from './parsing';
import type {ParseJob, ParseResult} from './parallelParse';

const port = parentPort!;
port.on('message', (jobs: ParseJob[]) => {
  if (jobs.length === 0) {
    port.close();
    return;
  }
  const results = jobs.map(({file, source}): ParseResult => {
    try {
      return {file, ...parseWithRecovery(source, file)};
    } catch {
      // The load parses it again in its own thread and reports the error.
      return {file, failed: true};
    }
  });
  port.postMessage(results);
});
port.postMessage([]);
