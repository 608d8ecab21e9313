/**
 * The content date a print file carries (YYYY-MM-DD): what it prints as "Cập nhật ngày …" and in
 * its slug line. A guide's pieces show its `reviewed`; a campaign banner the newest `reviewed`
 * (resolve-print-job.ts); the order sheet the newest of the files it lists. Never the clock, so
 * the same content gives the same bytes.
 */
import type { Content } from '../content/load-content.ts';
import type { PressJob } from './order-sheet/resolve-quantity.ts';
import { getNewestReviewed } from './resolve-print-job.ts';

export function getJobDate(content: Content, job: PressJob): string {
  const guide = job.guide === undefined ? undefined : content.guides.find((candidate) => candidate.slug === job.guide);
  return guide?.reviewed ?? getNewestReviewed(content);
}
