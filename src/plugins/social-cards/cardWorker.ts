/**
 * A worker thread of `renderCards`: renders each card it is sent and posts
 * the PNG back, so that the build's own thread keeps bundling.
 */
import {parentPort} from 'node:worker_threads';
import {renderCard} from './render';
import type {CardJob, CardResult} from './renderCards';

const port = parentPort!;
let queue = Promise.resolve();
port.on('message', (job: CardJob) => {
  queue = queue.then(async () => {
    let result: CardResult;
    try {
      result = {key: job.key, png: await renderCard(job.content)};
    } catch (error) {
      result = {key: job.key, error: String(error)};
    }
    port.postMessage(result);
  });
});
