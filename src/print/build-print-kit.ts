/**
 * Builds the whole print kit into `distDir`: every file in the catalogue as a PDF, plus a
 * PNG thumbnail of each page rendered from that PDF. Content problems (text that will not
 * fit, a character the font lacks, a QR target off the allowlist) are collected across all
 * files and thrown together, like loadContent does, so one run shows everything to fix.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, ContentErrors } from '../content/content-error.ts';
import type { Content } from '../content/load-content.ts';
import { getTextMeasurer } from './layout/measure-text.ts';
import { getPrintCatalogue, type PrintFileEntry } from './print-catalogue.ts';
import { renderPdf } from './render/render-pdf.ts';
import { renderThumbnails } from './render-thumbnails.ts';
import { resolvePrintJob } from './resolve-print-job.ts';

export interface PrintReportFile {
  /** Path written, relative to distDir, e.g. "in-an/to-gap/x.pdf". */
  path: string;
  bytes: number;
  /** Layout and PDF rendering time (thumbnails not included). */
  ms: number;
  kind: PrintFileEntry['kind'];
}

export interface PrintReport {
  files: PrintReportFile[];
  /** Wall time of the whole kit, thumbnails included. */
  totalMs: number;
}

export interface BuildPrintOptions {
  /** Build only the entries this returns true for (tests build a few files, not the kit). */
  filter?: (entry: PrintFileEntry) => boolean;
  /** Skip thumbnails (benchmarks of the PDFs alone). */
  thumbnails?: boolean;
}

export async function buildPrintKit(content: Content, distDir: string, log: (line: string) => void = () => {}, options: BuildPrintOptions = {}): Promise<PrintReport> {
  const started = performance.now();
  const entries = getPrintCatalogue(content).filter(options.filter ?? (() => true));
  const measure = getTextMeasurer();
  const files: PrintReportFile[] = [];
  const errors = new Map<string, ContentError>();
  log(`Print kit: ${entries.length} PDF files into ${path.join(distDir, 'in-an')}`);
  for (const [index, entry] of entries.entries()) {
    const fileStart = performance.now();
    let bytes: Buffer;
    let trimBoxes;
    try {
      const document = resolvePrintJob(measure, content, entry.job);
      trimBoxes = document.pages.map((page) => page.trimBox);
      bytes = await renderPdf(document);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.set(error.message, error);
      log(`  [${index + 1}/${entries.length}] ${entry.path}: FAILED (${error.file} → ${error.field})`);
      continue;
    }
    const ms = performance.now() - fileStart;
    const file = path.join(distDir, entry.path);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    if (options.thumbnails !== false) {
      const images = await renderThumbnails(bytes, entry.thumbnails.map((thumbnail, i) => ({ trimBox: trimBoxes[i]!, width: thumbnail.width, height: thumbnail.height })));
      await Promise.all(images.map((image, i) => writeFile(path.join(distDir, entry.thumbnails[i]!.path), image)));
    }
    files.push({ path: entry.path.replace(/^\//, ''), bytes: bytes.length, ms, kind: entry.kind });
    log(`  [${index + 1}/${entries.length}] ${entry.path} ${Math.round(bytes.length / 1024)} KB, ${Math.round(ms)} ms`);
  }
  if (errors.size > 0) throw new ContentErrors([...errors.values()]);
  const totalMs = performance.now() - started;
  log(`Print kit: ${files.length} files in ${(totalMs / 1000).toFixed(1)} s`);
  return { files, totalMs };
}
