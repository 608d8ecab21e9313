/**
 * The order sheet's rows, from the kit's own file list of an edition (printKit.getFiles, never
 * enumerated again here): a group row where the guide or slogan changes, then one row per file
 * with its press facts (formats.ts PRESS) and suggested quantity (quantity-rules.ts).
 */
import path from 'node:path';
import { displayPath } from '../../content/content-dir.ts';
import type { Content } from '../../content/load-content.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import { getEditionCataloguePath, routes } from '../../paths.ts';
import type { PressSpec } from '../formats.ts';
import { getPressSpec } from '../get-press-spec.ts';
import type { PrintFileEntry } from '../print-catalogue.ts';
import { getQuantityKey, resolveJobQuantity, type PressJob, type SuggestedQuantity } from './resolve-quantity.ts';
import type { QuantityKey } from './quantity-rules.ts';

export interface OrderGroupRow {
  type: 'group';
  text: string;
  source: TextSource;
}

export interface OrderFileRow {
  type: 'file';
  /** 1-based, as the STT column shows it. */
  index: number;
  entry: PrintFileEntry;
  job: PressJob;
  /** The file's path below the edition's print folder ("to-gap/….pdf"). */
  name: string;
  press: PressSpec;
  quantity: SuggestedQuantity;
  /** The content file the name and title come from (the guide, or site.yaml for a campaign slogan). */
  source: TextSource;
}

export type OrderRow = OrderGroupRow | OrderFileRow;

/** A quantity rule used on this sheet, with the product it is printed for. */
export interface OrderRuleUse {
  key: QuantityKey;
  product: string;
}

/** The press files of `files` (the order sheet itself left out). */
export function getPressEntries(files: readonly PrintFileEntry[]): (PrintFileEntry & { job: PressJob })[] {
  return files.filter((entry): entry is PrintFileEntry & { job: PressJob } => entry.job.kind !== 'order-sheet');
}

export function getOrderRows(content: Content, edition: Edition, files: readonly PrintFileEntry[]): OrderRow[] {
  const folder = getEditionCataloguePath(routes.print, edition.ref);
  // Every commune file is an edition (getEditions); banners hang one set per commune.
  const communes = content.communes.length;
  const rows: OrderRow[] = [];
  let group: string | undefined;
  let index = 0;
  for (const entry of getPressEntries(files)) {
    const { job } = entry;
    const source = getSource(content, job);
    const heading = job.kind === 'banner' ? t('order.bannerGroup', { slogan: entry.title }) : entry.title;
    if (heading !== group) {
      rows.push({ type: 'group', text: heading, source: { file: source.file, field: job.kind === 'banner' ? source.field : 'title' } });
      group = heading;
    }
    index += 1;
    const name = entry.path.startsWith(folder) ? entry.path.slice(folder.length) : entry.path;
    rows.push({ type: 'file', index, entry, job, name, press: getPressSpec(job), quantity: resolveJobQuantity(job, edition, communes), source: { file: source.file, field: '' } });
  }
  return rows;
}

/** Each quantity rule the sheet's files use, in the order they first appear. */
export function getOrderRuleUses(files: readonly PrintFileEntry[]): OrderRuleUse[] {
  const uses = new Map<QuantityKey, OrderRuleUse>();
  for (const entry of getPressEntries(files)) {
    const key = getQuantityKey(entry.job);
    if (!uses.has(key)) uses.set(key, { key, product: entry.label });
  }
  return [...uses.values()];
}

/** The file and field a file's row comes from: the guide's title, or the campaign slogan in site.yaml. */
function getSource(content: Content, job: PressJob): TextSource {
  const guide = job.guide === undefined ? undefined : content.guides.find((candidate) => candidate.slug === job.guide);
  if (guide) return { file: displayPath(guide.file), field: job.kind === 'banner' ? 'slogan' : 'title' };
  return { file: displayPath(path.join(content.dir, 'site.yaml')), field: `slogans.${job.kind === 'banner' ? (job.sloganIndex ?? 0) : 0}` };
}
