/**
 * A build worker: loads the content once, then builds the files the main thread asks for and
 * sends their bytes back. The main thread writes them, so the output does not depend on which
 * worker built what (a two-worker build is byte-identical to a one-worker build).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError } from '../content/content-error.ts';
import { loadContent, type Content } from '../content/load-content.ts';
import type { EditionRef } from '../editions/edition.ts';
import { resolveEdition } from '../editions/resolve-edition.ts';
import type { KitFile } from './kit.ts';
import { getKit } from './kits.ts';

export interface WorkerJob {
  index: number;
  kit: string;
  edition: EditionRef;
  file: string;
}

export type WorkerResult =
  | { index: number; ok: true; files: { path: string; data: Uint8Array | string }[] }
  | { index: number; ok: false; contentError?: { file: string; field: string | undefined; problem: string; fix: string }; crash?: string };

const content: Promise<Content> = loadContent((workerData as { contentDir: string }).contentDir);
const filesByEdition = new Map<string, KitFile[]>();

parentPort!.on('message', async (job: WorkerJob) => {
  try {
    const loaded = await content;
    const kit = getKit(job.kit);
    const edition = resolveEdition(loaded, job.edition);
    const key = `${job.kit}\0${edition.id}`;
    let files = filesByEdition.get(key);
    if (!files) filesByEdition.set(key, (files = kit.getFiles(loaded, edition)));
    const file = files.find((candidate) => candidate.id === job.file);
    if (!file) throw new Error(`kit-worker: ${job.kit} has no file ${job.file} for ${edition.id}`);
    const built = await kit.buildFile(loaded, edition, file);
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
});

/**
 * The bytes copied once into an ArrayBuffer of their own, which is then transferred. The kit's
 * Buffer itself is never transferred: a small one may be a slice of Node's shared pool
 * (Buffer.allocUnsafe), and a kit may keep one it returns; transferring would detach those.
 */
function toTransferable(data: Buffer): Uint8Array {
  return new Uint8Array(data);
}
