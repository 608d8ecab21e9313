/**
 * A fixed pool of build workers (src/build/kit-worker.ts), one job per worker at a time. Used
 * when a build spreads over more than one core (`--jobs N`, default: every core).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerResult } from './kit-worker.ts';

export interface WorkerPool {
  size: number;
  run(job: Omit<WorkerJob, 'index'>): Promise<WorkerResult>;
  close(): Promise<void>;
}

/** The number of workers a build uses unless told otherwise. */
export function getDefaultJobs(): number {
  return availableParallelism();
}

export function createWorkerPool(contentDir: string, size: number): WorkerPool {
  const idle: Worker[] = [];
  const waiting: { job: WorkerJob; resolve: (result: WorkerResult) => void; reject: (error: Error) => void }[] = [];
  const pending = new Map<number, { worker: Worker; resolve: (result: WorkerResult) => void; reject: (error: Error) => void }>();
  let next = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./kit-worker.ts', import.meta.url), { workerData: { contentDir } });
    worker.on('message', (result: WorkerResult) => {
      const task = pending.get(result.index);
      pending.delete(result.index);
      task?.resolve(result);
      dispatch(worker);
    });
    worker.on('error', (error) => {
      for (const [index, task] of pending) {
        if (task.worker === worker) {
          pending.delete(index);
          task.reject(error);
        }
      }
    });
    return worker;
  });
  const dispatch = (worker: Worker) => {
    const task = waiting.shift();
    if (!task) {
      idle.push(worker);
      return;
    }
    pending.set(task.job.index, { worker, resolve: task.resolve, reject: task.reject });
    worker.postMessage(task.job);
  };
  idle.push(...workers);
  return {
    size,
    run(job) {
      return new Promise((resolve, reject) => {
        waiting.push({ job: { ...job, index: next++ }, resolve, reject });
        const worker = idle.shift();
        if (worker) dispatch(worker);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
