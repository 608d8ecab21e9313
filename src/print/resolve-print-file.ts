/**
 * Lays out one file of the print kit as it is written: a press file is its job's layout with a
 * slug line on every page (file name, side, "Cập nhật ngày …"); the order sheet is laid out from
 * the kit's own list of the edition's files.
 */
import { displayPath } from '../content/content-dir.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import type { PdfLayout } from '../pdf/elements.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { getJobDate } from './get-job-date.ts';
import { getReviewedLine } from './get-reviewed-line.ts';
import { createSlugLine, getCopierSlugPlace, getPressSlugPlace } from './layout/create-slug-line.ts';
import { getFoldPositions } from './layout/resolve-leaflet-panels.ts';
import { MONO } from './layout/resolve-mono-leaflet.ts';
import { resolveOrderSheet } from './order-sheet/resolve-order-sheet.ts';
import type { PressJob } from './order-sheet/resolve-quantity.ts';
import type { PrintFileEntry } from './print-catalogue.ts';
import { resolvePrintJob } from './resolve-print-job.ts';

/** `files`: the kit's files of this edition (printKit.getFiles), which the order sheet lists. */
export function resolvePrintFile(measure: TextMeasurer, content: Content, edition: Edition, entry: PrintFileEntry, files: () => readonly PrintFileEntry[]): PdfLayout {
  const { job } = entry;
  if (job.kind === 'order-sheet') return resolveOrderSheet(measure, content, edition, files());
  return addSlugLines(measure, content, edition, entry, job, resolvePrintJob(measure, content, job, edition));
}

/** The file's name as the print shop sees it: its path below the print folder ("xa/phu-dinh/to-gap/….pdf"). */
export function getPrintFileName(entry: PrintFileEntry): string {
  return entry.path.startsWith(routes.print) ? entry.path.slice(routes.print.length) : entry.path;
}

/** What each page is: the leaflet's outside and inside, the one printed side of a poster or banner. */
export function getSideNames(job: PressJob): string[] {
  return job.kind === 'leaflet' ? [t('print.slug.outside'), t('print.slug.inside')] : [t('print.slug.front')];
}

function addSlugLines(measure: TextMeasurer, content: Content, edition: Edition, entry: PrintFileEntry, job: PressJob, layout: PdfLayout): PdfLayout {
  const guide = job.guide === undefined ? undefined : content.guides.find((candidate) => candidate.slug === job.guide);
  const source = { file: guide ? displayPath(guide.file) : edition.file, field: '' };
  const date = getReviewedLine(getJobDate(content, job), source).text;
  const sides = getSideNames(job);
  const copier = job.kind === 'leaflet' && job.mono === true;
  const pages = layout.pages.map((page, i) => {
    const place = copier ? getCopierSlugPlace(page, getFoldPositions(i === 0 ? 'outside' : 'inside'), MONO.frameInset, MONO.frameWeightPt) : getPressSlugPlace(measure, page);
    const line = createSlugLine(measure, [getPrintFileName(entry), sides[i] ?? sides.at(-1)!, date], place, source);
    return { ...page, elements: [...page.elements, ...line] };
  });
  return { ...layout, pages };
}
