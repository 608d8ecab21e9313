/**
 * The order sheet as a file of the print kit: one per edition, after the files it lists, with
 * its page count worked out from the rows (fixed heights), so the "In ấn" page can say it.
 */
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import { printFiles } from '../../paths.ts';
import { ORDER_SHEET } from '../formats.ts';
import type { PrintFileEntry } from '../print-catalogue.ts';
import { getOrderRows, getOrderRuleUses } from './get-order-rows.ts';
import { paginateOrderSheet } from './paginate-order-sheet.ts';

export function createOrderSheetEntry(content: Content, edition: Edition, files: readonly PrintFileEntry[]): PrintFileEntry {
  const path = printFiles.orderSheet(edition.ref);
  const rows = getOrderRows(content, edition, files);
  const pages = paginateOrderSheet(rows.map((row) => row.type), getOrderRuleUses(files).length).length;
  return { id: path, job: { kind: 'order-sheet' }, kind: 'order-sheet', path, edition: edition.ref, label: t('order.label'), title: edition.name.text, trim: { ...ORDER_SHEET.trim }, pages, thumbnails: [] };
}
