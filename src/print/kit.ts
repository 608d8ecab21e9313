/**
 * The print kit's descriptor: leaflets, posters A3–A0 and banners for every edition, each a
 * PDF from the pure layout steps plus PNG thumbnails rendered from that PDF.
 */
import { defineKit, type BuiltFile } from '../build/kit.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { getPrintFiles, type PrintFileEntry } from './print-catalogue.ts';
import { renderThumbnails } from './render-thumbnails.ts';
import { resolvePrintJob } from './resolve-print-job.ts';

/** The Info dictionary's Producer of every print PDF. */
export const PRINT_PRODUCER = 'dvc-kit print kit (pdfkit)';

export interface PrintFileOptions {
  /** Render the PNG thumbnails too (the "In ấn" page shows them; benchmarks of the PDFs alone skip them). */
  thumbnails?: boolean;
}

export async function buildPrintFile(content: Content, edition: Edition, entry: PrintFileEntry, options: PrintFileOptions = {}): Promise<BuiltFile[]> {
  const document = resolvePrintJob(getTextMeasurer(), content, entry.job, edition);
  const pdf = await renderPdf(document, PRINT_PRODUCER);
  if (options.thumbnails === false) return [{ path: entry.path, data: pdf }];
  const sizes = entry.thumbnails.map((thumbnail, i) => ({ trimBox: document.pages[i]!.trimBox, width: thumbnail.width, height: thumbnail.height }));
  const images = await renderThumbnails(pdf, sizes);
  return [{ path: entry.path, data: pdf }, ...images.map((image, i) => ({ path: entry.thumbnails[i]!.path, data: image }))];
}

export const printKit = defineKit<PrintFileEntry>({
  name: 'print',
  label: t('print.kit'),
  folder: routes.print.replaceAll('/', ''),
  getFiles: getPrintFiles,
  buildFile: (content, edition, entry) => buildPrintFile(content, edition, entry),
});
