/**
 * Runs one kit over editions: every file of every edition built and written below `outDir`.
 * Content problems are collected across all files and thrown together (ContentErrors), like
 * loadContent does, so one run shows the office everything to fix.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { getEditions } from '../editions/get-editions.ts';
import type { Kit, KitFile } from './kit.ts';

export interface KitRunOptions<F extends KitFile> {
  /** Editions to build (default: all of them, from getEditions). */
  editions?: readonly Edition[];
  /** Build only the files this returns true for (tests build a few files, not the kit). */
  filter?: (file: F, edition: Edition) => boolean;
  log?: (line: string) => void;
}

export interface KitFileReport<F extends KitFile> {
  file: F;
  edition: Edition;
  /** What was written: site paths and sizes. */
  written: { path: string; bytes: number }[];
  /** Time to make the file and its side files. */
  ms: number;
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
  const files: KitFileReport<F>[] = [];
  log(`${kit.label}: ${jobs.length} files into ${path.join(outDir, kit.folder)}`);
  for (const [index, { file, edition }] of jobs.entries()) {
    const fileStart = performance.now();
    let built;
    try {
      built = await kit.buildFile(content, edition, file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.set(error.message, error);
      log(`  [${index + 1}/${jobs.length}] ${file.id}: FAILED (${error.file} → ${error.field})`);
      continue;
    }
    const ms = performance.now() - fileStart;
    const written = [];
    for (const item of built) {
      const target = path.join(outDir, item.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, item.data);
      written.push({ path: item.path, bytes: Buffer.byteLength(item.data) });
    }
    files.push({ file, edition, written, ms });
    log(`  [${index + 1}/${jobs.length}] ${file.id} ${Math.round(written.reduce((sum, item) => sum + item.bytes, 0) / 1024)} KB, ${Math.round(ms)} ms`);
  }
  if (errors.size > 0) throw new ContentErrors([...errors.values()]);
  const warnings = kit.getWarnings?.(content, jobs.map((job) => job.file)) ?? [];
  const totalMs = performance.now() - started;
  log(`${kit.label}: ${files.length} files in ${(totalMs / 1000).toFixed(1)} s`);
  return { kit: kit.name, files, warnings, totalMs };
}
