/**
 * The threads a build spreads its kit files over (`--jobs N`, default: every core): the main
 * thread itself and N − 1 build workers (src/build/kit-worker.ts). The main thread takes a share
 * rather than only wait: each worker holds its own copy of the content and the kits' code and
 * heap, about 300 MB in a province build, and the main thread holds them anyway.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ContentError } from '../content/content-error.ts';
import type { Content } from '../content/load-content.ts';
import { createJobBuilder, type BuildJob } from './build-job.ts';
import type { BuiltFile } from './kit.ts';
import type { WorkerJob, WorkerResult } from './kit-worker.ts';

export interface WorkerPool {
  /** Threads that build, the main one included. */
  size: number;
  /** Jobs to hand it at once to keep every thread busy: what the workers hold, plus the main thread's next two. */
  capacity: number;
  run(job: BuildJob): Promise<BuiltFile[]>;
  close(): Promise<void>;
}

/** The number of threads a build uses unless told otherwise. */
export function getDefaultJobs(): number {
  return availableParallelism();
}

/**
 * Jobs a worker holds at once: the one it builds and the next three, so that it does not wait
 * for the main thread, which may be building a file of its own (a leaflet, 30 ms) while the
 * worker finishes several small ones (posters, 10 ms). At 92 communes, print, broadcast and
 * meeting on two threads: with two the worker sat idle a fifth of the print stage (71 s in all,
 * 961 MB at most); with four, 67 s and 1,002 MB; with eight, 59–69 s but 1,152 MB.
 */
const JOBS_PER_WORKER = 4;

interface Waiting {
  job: BuildJob;
  resolve: (files: BuiltFile[]) => void;
  reject: (error: Error) => void;
}

export function createWorkerPool(content: Content, size: number): WorkerPool {
  const buildHere = createJobBuilder(content);
  const waiting: Waiting[] = [];
  const pending = new Map<number, Waiting & { worker: Worker }>();
  const load = new Map<Worker, number>();
  let next = 0;
  let mainBusy = false;

  const workers = Array.from({ length: Math.max(0, size - 1) }, () => {
    const worker = new Worker(new URL('./kit-worker.ts', import.meta.url), { workerData: { contentDir: content.dir } });
    load.set(worker, 0);
    worker.on('message', (result: WorkerResult) => {
      const task = pending.get(result.index);
      pending.delete(result.index);
      load.set(worker, load.get(worker)! - 1);
      if (task) settle(task, result);
      dispatch();
    });
    worker.on('error', (error) => {
      // Full for good: a job sent to it now would never be answered.
      load.set(worker, Infinity);
      for (const [index, task] of pending) {
        if (task.worker === worker) {
          pending.delete(index);
          task.reject(error);
        }
      }
    });
    return worker;
  });

  const dispatch = () => {
    for (const worker of workers) {
      while (waiting.length > 0 && load.get(worker)! < JOBS_PER_WORKER) {
        const task = waiting.shift()!;
        const index = next++;
        pending.set(index, { ...task, worker });
        load.set(worker, load.get(worker)! + 1);
        worker.postMessage({ ...task.job, index } satisfies WorkerJob);
      }
    }
    if (!mainBusy && waiting.length > 0) {
      const task = waiting.shift()!;
      mainBusy = true;
      // After the workers have their jobs and pending I/O its turn: building blocks this thread.
      setImmediate(() => {
        buildHere(task.job)
          .then(task.resolve, task.reject)
          .finally(() => {
            mainBusy = false;
            dispatch();
          });
      });
    }
  };

  return {
    size,
    capacity: workers.length * JOBS_PER_WORKER + 2,
    run(job) {
      return new Promise((resolve, reject) => {
        waiting.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function settle(task: Waiting, result: WorkerResult): void {
  // The worker transferred its ArrayBuffers (kit-worker.ts): wrap them, no copy.
  if (result.ok) task.resolve(result.files.map((item) => ({ path: item.path, data: typeof item.data === 'string' ? item.data : Buffer.from(item.data.buffer, item.data.byteOffset, item.data.byteLength) })));
  else if (result.contentError) {
    const { file, field, problem, fix } = result.contentError;
    task.reject(new ContentError(file, field, problem, fix));
  } else task.reject(new Error(`${task.job.kit} ${task.job.file}: ${result.crash}`));
}
