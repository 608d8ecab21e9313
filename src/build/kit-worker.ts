/**
 * A build worker: loads the content once, then builds the files the main thread asks for, one
 * after another in the order asked, and sends their bytes back. The main thread writes them, so
 * the output does not depend on which thread built what (a two-thread build is byte-identical to
 * a one-thread build).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError } from '../content/content-error.ts';
import { loadContent } from '../content/load-content.ts';
import { createJobBuilder, type BuildJob } from './build-job.ts';

export interface WorkerJob extends BuildJob {
  index: number;
}

export type WorkerResult =
  | { index: number; ok: true; files: { path: string; data: Uint8Array | string }[] }
  | { index: number; ok: false; contentError?: { file: string; field: string | undefined; problem: string; fix: string }; crash?: string };

const build = loadContent((workerData as { contentDir: string }).contentDir).then(createJobBuilder);
// The main thread sends a second job before the first is done (worker-pool.ts), so that this
// worker does not wait for it between jobs; they are built one at a time all the same.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (job: WorkerJob) => {
  queue = queue.then(() => run(job));
});

async function run(job: WorkerJob): Promise<void> {
  try {
    const built = await (await build)(job);
    const outputs = built.map((item) => ({ path: item.path, data: typeof item.data === 'string' ? item.data : toTransferable(item.data) }));
    const result: WorkerResult = { index: job.index, ok: true, files: outputs };
    // Moved, not cloned, to the main thread.
    parentPort!.postMessage(result, outputs.flatMap((item) => (typeof item.data === 'string' ? [] : [item.data.buffer as ArrayBuffer])));
  } catch (error) {
    const result: WorkerResult =
      error instanceof ContentError
        ? { index: job.index, ok: false, contentError: { file: error.file, field: error.field, problem: error.problem, fix: error.fix } }
        : { index: job.index, ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    parentPort!.postMessage(result);
  }
}

/**
 * The bytes copied once into an ArrayBuffer of their own, which is then transferred. The kit's
 * Buffer itself is never transferred: a small one may be a slice of Node's shared pool
 * (Buffer.allocUnsafe), and a kit may keep one it returns; transferring would detach those.
 */
function toTransferable(data: Buffer): Uint8Array {
  return new Uint8Array(data);
}
