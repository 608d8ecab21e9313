/** Lays out the document for one catalogue entry: finds its guide, commune or slogan and calls the matching layout. */
import path from 'node:path';
import { displayPath } from '../content/content-dir.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import type { PrintJob } from './print-catalogue.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { resolveBanner } from './layout/resolve-banner.ts';
import { resolveLeaflet } from './layout/resolve-leaflet.ts';
import { resolvePoster } from './layout/resolve-poster.ts';
import { toMonoLayout } from './layout/resolve-mono-leaflet.ts';
import { t } from '../i18n/t.ts';
import type { PdfLayout } from '../pdf/elements.ts';

export function resolvePrintJob(measure: TextMeasurer, content: Content, job: PrintJob, edition: Edition): PdfLayout {
  // The order sheet is laid out from the kit's file list (src/print/order-sheet/resolve-order-sheet.ts).
  if (job.kind === 'order-sheet') throw new Error('resolvePrintJob: the order sheet is laid out by resolveOrderSheet');
  if (job.kind === 'banner') {
    const guide = job.guide === undefined ? undefined : findGuide(content, job.guide);
    const source = guide
      ? { file: displayPath(guide.file), field: 'slogan' }
      : { file: displayPath(path.join(content.dir, 'site.yaml')), field: `slogans.${job.sloganIndex ?? 0}` };
    return resolveBanner(measure, content, edition, { text: job.slogan, source }, job.format, guide?.reviewed ?? getNewestReviewed(content));
  }
  const guide = findGuide(content, job.guide);
  if (job.kind === 'poster') return resolvePoster(measure, content, guide, job.size, edition);
  const leaflet = resolveLeaflet(measure, content, guide, edition);
  return job.mono ? { ...toMonoLayout(leaflet), meta: { ...leaflet.meta, title: `${leaflet.meta.title} ${t('print.mono.titleSuffix')}` } } : leaflet;
}

function findGuide(content: Content, slug: string) {
  const guide = content.guides.find((candidate) => candidate.slug === slug);
  if (!guide) throw new Error(`resolvePrintJob: no guide "${slug}"`);
  return guide;
}

/**
 * Campaign banners have no guide of their own; they take the newest `reviewed` date, so
 * their bytes change only when content does. 1 July 2025 (the two-tier local government)
 * stands in when there are no guides yet.
 */
export function getNewestReviewed(content: Content): string {
  return content.guides.map((guide) => guide.reviewed).sort().at(-1) ?? '2025-07-01';
}
