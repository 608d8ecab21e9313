/** The press facts (paper, fold, sides, colour) of a print job, from the formats table. */
import { PRESS, type PressSpec } from './formats.ts';
import type { PressJob } from './order-sheet/resolve-quantity.ts';

export function getPressSpec(job: PressJob): PressSpec {
  if (job.kind === 'leaflet') return job.mono ? PRESS.leafletMono : PRESS.leaflet;
  return job.kind === 'poster' ? PRESS.poster : PRESS.banner;
}
