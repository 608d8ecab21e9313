/**
 * Runs one kit over editions: every file of every edition built and written below `outDir`,
 * on this thread and build workers when `jobs` > 1 (worker-pool.ts), and copied from the cache
 * when nothing it is made from changed. Content problems are collected across all files and
 * thrown together (ContentErrors), like loadContent does, so one run shows the office everything
 * to fix.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { getEditions } from '../editions/get-editions.ts';
import { t } from '../i18n/t.ts';
import { createFolderMaker, hashInputs, type KitCache } from './kit-cache.ts';
import type { BuiltFile, Kit, KitFile } from './kit.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface KitRunOptions<F extends KitFile> {
  /** Editions to build (default: all of them, from getEditions). */
  editions?: readonly Edition[];
  /** Build only the files this returns true for (tests build a few files, not the kit). */
  filter?: (file: F, edition: Edition) => boolean;
  log?: (line: string) => void;
  /** Build on these workers instead of in this thread (the kit must be in the registry). */
  pool?: WorkerPool;
  /** Reuse unchanged files; `codeVersion` goes into every key. */
  cache?: { store: KitCache; codeVersion: string };
}

export interface KitFileReport<F extends KitFile> {
  file: F;
  edition: Edition;
  /** What was written: site paths and sizes. */
  written: { path: string; bytes: number }[];
  /** Time to make the file and its side files (or to fetch them from the cache). */
  ms: number;
  cached: boolean;
}

export interface KitReport<F extends KitFile> {
  kit: string;
  files: KitFileReport<F>[];
  warnings: string[];
  totalMs: number;
}

export async function runKit<F extends KitFile>(kit: Kit<F>, content: Content, outDir: string, options: KitRunOptions<F> = {}): Promise<KitReport<F>> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const editions = options.editions ?? getEditions(content);
  const jobs = editions.flatMap((edition) => kit.getFiles(content, edition).filter((file) => options.filter?.(file, edition) ?? true).map((file) => ({ file, edition })));
  const errors = new Map<string, ContentError>();
  const files: (KitFileReport<F> | undefined)[] = [];
  let done = 0;
  log(t('build.kitStart', { kit: kit.label, count: jobs.length, folder: path.join(outDir, kit.folder) }));

  const build = (file: F, edition: Edition): Promise<BuiltFile[]> => (options.pool ? options.pool.run({ kit: kit.name, edition: edition.ref, file: file.id }) : kit.buildFile(content, edition, file));

  // First every file the cache has, many at once: a restore is a few file copies, waiting on the
  // disk, not on a core (a warm province build restores thousands). Then the rest are built: one
  // file at a time in this thread; with workers, as many as keep every thread busy (the pool's
  // capacity, worker-pool.ts). At most that many files' bytes are held at once: each is written
  // and let go before the next starts, so memory does not grow with the number of files.
  const folders = createFolderMaker();
  const keys = jobs.map(({ file, edition }) => options.cache && hashInputs(options.cache.codeVersion, kit.name, edition, file, kit.getInputs ? kit.getInputs(content, edition, file) : getContentHash(content)));
  const record = (index: number, written: KitFileReport<F>['written'], ms: number, cached: boolean) => {
    const { file, edition } = jobs[index]!;
    files[index] = { file, edition, written, ms, cached };
    log(`  [${++done}/${jobs.length}] ${file.id} ${Math.round(written.reduce((sum, item) => sum + item.bytes, 0) / 1024)} KB, ${Math.round(ms)} ms${cached ? ` (${t('build.fromCache')})` : ''}`);
  };
  const misses: number[] = [];
  await forEachLimited(jobs, options.cache ? RESTORES_AT_ONCE : 0, async (_job, index) => {
    const fileStart = performance.now();
    const written = await options.cache!.store.restore(keys[index]!, outDir, folders);
    if (written) record(index, written, performance.now() - fileStart, true);
    else misses.push(index);
  });
  const toBuild = options.cache ? misses.sort((a, b) => a - b) : jobs.map((_job, index) => index);
  await forEachLimited(toBuild, options.pool ? options.pool.capacity : 1, async (index) => {
    const { file, edition } = jobs[index]!;
    const key = keys[index];
    const fileStart = performance.now();
    let built: BuiltFile[];
    try {
      built = await build(file, edition);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.set(error.message, error);
      log(`  [${++done}/${jobs.length}] ${file.id}: ${t('build.fileFailed', { where: `${error.file} → ${error.field ?? ''}` })}`);
      return;
    }
    await Promise.all([
      ...built.map(async (item) => {
        const target = path.join(outDir, item.path);
        await folders(path.dirname(target));
        await writeFile(target, item.data);
      }),
      key ? options.cache!.store.put(key, built) : undefined,
    ]);
    record(index, built.map((item) => ({ path: item.path, bytes: Buffer.byteLength(item.data) })), performance.now() - fileStart, false);
  });
  if (errors.size > 0) throw new ContentErrors([...errors.values()]);
  const warnings = kit.getWarnings?.(content, jobs.map((job) => job.file)) ?? [];
  const totalMs = performance.now() - started;
  const report = files.filter((item): item is KitFileReport<F> => item !== undefined);
  log(t('build.kitDone', { kit: kit.label, count: report.length, seconds: (totalMs / 1000).toFixed(1) }));
  return { kit: kit.name, files: report, warnings, totalMs };
}

/** Cache restores in flight at once: enough to keep the disk and libuv's four threads busy. */
const RESTORES_AT_ONCE = 16;

/** Runs `task` over `items` with at most `limit` running at once; the first failure rejects. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

const contentHashes = new WeakMap<Content, string>();

/** The inputs of a kit that names none: all of the content, hashed once. */
function getContentHash(content: Content): string {
  let hash = contentHashes.get(content);
  if (hash === undefined) contentHashes.set(content, (hash = hashInputs({ ...content, dir: undefined })));
  return hash;
}
