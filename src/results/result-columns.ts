/**
 * The column headers of the results spreadsheets, in one table: what the office types in row 1
 * of its sheet. Headers match without regard to case, spacing or diacritics ("Tiep nhan" is
 * "Tiếp nhận"), because exports from older systems often drop the marks.
 */

/** The five counts of one commune's month (or one procedure's month). */
export const FIGURE_KEYS = ['received', 'online', 'fullyOnline', 'onTime', 'paidOnline'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export type ColumnKey = 'month' | 'commune' | 'procedure' | FigureKey;

export interface ColumnSpec {
  key: ColumnKey;
  /** The header as the office writes it, and as error messages name the column. */
  header: string;
  /** Other headers accepted for the same column. */
  aliases: readonly string[];
  /** What the cell holds, for the README table and the "missing column" fix. */
  example: string;
}

const column = (key: ColumnKey, header: string, example: string, aliases: readonly string[] = []): ColumnSpec => ({ key, header, aliases, example });

const MONTH = column('month', 'Tháng', '2026-10');
const COMMUNE = column('commune', 'Xã', 'phu-dinh', ['Phường', 'Xã, phường', 'Xã/phường', 'Đơn vị']);

/** content/results/<any>.csv: one row per commune per month. */
export const COMMUNE_COLUMNS: readonly ColumnSpec[] = [
  MONTH,
  COMMUNE,
  column('received', 'Tiếp nhận', '520', ['Hồ sơ tiếp nhận', 'Tổng số hồ sơ']),
  column('online', 'Trực tuyến', '430', ['Nộp trực tuyến', 'Hồ sơ trực tuyến']),
  column('fullyOnline', 'Toàn trình', '210', ['Trực tuyến toàn trình']),
  column('onTime', 'Đúng hạn', '505', ['Giải quyết đúng hạn', 'Đúng hạn, trước hạn']),
  column('paidOnline', 'Thanh toán trực tuyến', '150', ['Thanh toán trên mạng']),
];

/**
 * content/results/thu-tuc-<any>.csv: one row per commune, procedure and month, for the procedures
 * the commune registered to move online (its featured guides). A second file rather than extra
 * columns, so the sheet keeps the same columns whichever procedures a commune chose.
 */
export const PROCEDURE_COLUMNS: readonly ColumnSpec[] = [
  MONTH,
  COMMUNE,
  column('procedure', 'Thủ tục', 'lien-thong-khai-sinh'),
  column('received', 'Tiếp nhận', '40', ['Hồ sơ tiếp nhận', 'Tổng số hồ sơ']),
  column('online', 'Trực tuyến', '31', ['Nộp trực tuyến', 'Hồ sơ trực tuyến']),
];

/** Files whose name starts with this hold per-procedure rows. */
export const PROCEDURE_FILE_PREFIX = 'thu-tuc-';

/** Columns a sheet may carry that the kit reads past: a row number and a notes column. */
export const IGNORED_HEADERS: readonly string[] = ['STT', 'Ghi chú'];

/** The form headers are compared in: lower case, no diacritics (đ → d), single spaces. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function getColumnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
