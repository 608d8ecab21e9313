/**
 * Splits the order sheet's rows into A4 pages. Rows have fixed heights (ORDER_SHEET), so the
 * page count follows from the row kinds alone and the catalogue can list it without laying
 * the sheet out. A group row never ends a page (it goes over with its first file); the rules
 * legend follows the table on the last page, or on a page of its own when it does not fit.
 */
import { ORDER_SHEET } from '../formats.ts';

export interface OrderPage {
  /** Indexes into the rows. */
  rows: number[];
  legend: boolean;
}

export function getRowHeight(type: 'group' | 'file'): number {
  return type === 'group' ? ORDER_SHEET.group : ORDER_SHEET.row;
}

/** Height of the table's room on a page: the sheet minus margins, header, column heads and footer. */
export function getTableRoom(first: boolean): number {
  const { trim, safe, header, head, footer } = ORDER_SHEET;
  return trim.height - 2 * safe - (first ? header.first : header.next) - head - footer;
}

export function getLegendHeight(rules: number): number {
  return ORDER_SHEET.legend.heading + rules * ORDER_SHEET.legend.line;
}

export function paginateOrderSheet(types: readonly ('group' | 'file')[], rules: number): OrderPage[] {
  const pages: OrderPage[] = [{ rows: [], legend: false }];
  let used = 0;
  const fits = (height: number) => used + height <= getTableRoom(pages.length === 1) + 1e-9;
  const newPage = () => {
    pages.push({ rows: [], legend: false });
    used = 0;
  };
  types.forEach((type, i) => {
    const next = types[i + 1];
    const height = getRowHeight(type) + (type === 'group' && next === 'file' ? getRowHeight('file') : 0);
    if (!fits(height) && pages.at(-1)!.rows.length > 0) newPage();
    pages.at(-1)!.rows.push(i);
    used += getRowHeight(type);
  });
  if (!fits(getLegendHeight(rules))) newPage();
  pages.at(-1)!.legend = true;
  return pages;
}
