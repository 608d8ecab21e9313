/**
 * The suggested quantity of one print file for one edition, by the rules in quantity-rules.ts.
 * No hamlet count, no number: the sheet then says why and how to add one.
 */
import type { Edition } from '../../editions/edition.ts';
import type { PrintJob } from '../print-catalogue.ts';
import { QUANTITY_RULES, type QuantityKey, type QuantityRule } from './quantity-rules.ts';

export type SuggestedQuantity =
  | { kind: 'suggested'; count: number }
  /** `no-hamlets`: a commune whose file gives no `hamlets`; `office`: the office's shared edition has no hamlets of its own. */
  | { kind: 'none'; why: 'no-hamlets' | 'office' };

/** The press jobs the order sheet lists. */
export type PressJob = Exclude<PrintJob, { kind: 'order-sheet' }>;

export function getQuantityKey(job: PressJob): QuantityKey {
  if (job.kind === 'leaflet') return job.mono ? 'leafletMono' : 'leaflet';
  if (job.kind === 'poster') return `poster-${job.size}`;
  return `banner-${job.format}`;
}

/** `communes`: how many communes the content has (banners hang one set per commune). */
export function resolveQuantity(rule: QuantityRule, edition: Edition, communes: number): SuggestedQuantity {
  if (rule.basis === 'communes') return { kind: 'suggested', count: rule.perCommune * (edition.ref.kind === 'office' ? communes : 1) };
  if (edition.ref.kind === 'office') return { kind: 'none', why: 'office' };
  const hamlets = edition.hamlets;
  if (!hamlets) return { kind: 'none', why: 'no-hamlets' };
  if (rule.basis === 'hamlets') return { kind: 'suggested', count: rule.perHamlet * hamlets.count + rule.centre };
  const spread = hamlets.households === undefined ? rule.perHamlet * hamlets.count : Math.ceil(rule.perHousehold * hamlets.households);
  return { kind: 'suggested', count: Math.ceil((spread + rule.centre) / rule.roundTo) * rule.roundTo };
}

export function resolveJobQuantity(job: PressJob, edition: Edition, communes: number): SuggestedQuantity {
  return resolveQuantity(QUANTITY_RULES[getQuantityKey(job)], edition, communes);
}
