/**
 * The print kit's descriptor: leaflets, posters A3–A0 and banners for every edition, each a
 * PDF from the pure layout steps plus PNG thumbnails drawn from the same layout.
 */
import { defineKit, getSharedInputs, type BuiltFile } from '../build/kit.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import { drawThumbnail } from '../pdf/draw-thumbnail.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { getPrintFiles, type PrintFileEntry } from './print-catalogue.ts';
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
  if (options.thumbnails === false || entry.thumbnails.length === 0) return [{ path: entry.path, data: pdf }];
  const files: BuiltFile[] = [{ path: entry.path, data: pdf }];
  for (const [i, thumbnail] of entry.thumbnails.entries()) files.push({ path: thumbnail.path, data: drawThumbnail(document.pages[i]!, thumbnail) });
  return files;
}

export const printKit = defineKit<PrintFileEntry>({
  name: 'print',
  label: t('print.kit'),
  folder: routes.print.replaceAll('/', ''),
  getFiles: getPrintFiles,
  buildFile: (content, edition, entry) => buildPrintFile(content, edition, entry),
  // A leaflet or poster shows its guide; a guide's banner its slogan and date; a campaign banner
  // the newest reviewed date of all guides (resolve-print-job.ts). Plus site.yaml and the rest.
  getInputs: (content, _edition, entry) => {
    const { job } = entry;
    const guide = job.guide === undefined ? undefined : content.guides.find((candidate) => candidate.slug === job.guide);
    const shows = job.kind !== 'banner' ? guide : guide ? { slogan: guide.slogan, reviewed: guide.reviewed } : content.guides.map((candidate) => candidate.reviewed);
    return { shared: getSharedInputs(content), shows };
  },
});
