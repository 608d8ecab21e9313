/**
 * The print kit's descriptor: leaflets, posters A3–A0 and banners for every edition, each a
 * PDF from the pure layout steps (with a slug line on every page) plus PNG thumbnails drawn
 * from the same layout, and the edition's print-shop order sheet.
 */
import { defineKit, getSharedInputs, type BuiltFile } from '../build/kit.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import { drawThumbnail } from '../pdf/draw-thumbnail.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { getPrintKitFiles, type PrintFileEntry } from './print-catalogue.ts';
import { resolvePrintFile } from './resolve-print-file.ts';

/** The Info dictionary's Producer of every print PDF. */
export const PRINT_PRODUCER = 'dvc-kit print kit (pdfkit)';

export interface PrintFileOptions {
  /** Render the PNG thumbnails too (the "In ấn" page shows them; benchmarks of the PDFs alone skip them). */
  thumbnails?: boolean;
}

export async function buildPrintFile(content: Content, edition: Edition, entry: PrintFileEntry, options: PrintFileOptions = {}): Promise<BuiltFile[]> {
  const document = resolvePrintFile(getTextMeasurer(), content, edition, entry, () => printKit.getFiles(content, edition));
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
  getFiles: getPrintKitFiles,
  buildFile: (content, edition, entry) => buildPrintFile(content, edition, entry),
  // A leaflet or poster shows its guide; a guide's banner its slogan and date; a campaign banner
  // the newest reviewed date of all guides (resolve-print-job.ts). Plus site.yaml and the rest.
  // The order sheet shows the other files' names, titles and dates, and the number of communes
  // (banners); the edition, which carries the hamlets, is in every key already.
  getInputs: (content, edition, entry) => {
    const { job } = entry;
    if (job.kind === 'order-sheet') {
      const files = getPrintKitFiles(content, edition).map((file) => [file.path, file.label, file.title, file.pages]);
      return { shared: getSharedInputs(content), files, reviewed: content.guides.map((guide) => guide.reviewed), communes: content.communes.length };
    }
    const guide = job.guide === undefined ? undefined : content.guides.find((candidate) => candidate.slug === job.guide);
    const shows = job.kind !== 'banner' ? guide : guide ? { slogan: guide.slogan, reviewed: guide.reviewed } : content.guides.map((candidate) => candidate.reviewed);
    return { shared: getSharedInputs(content), shows };
  },
});
