/**
 * The CSV download of a results page: the rows behind it with the shares worked out, UTF-8 with
 * a byte-order mark so Excel opens the Vietnamese headers correctly, the same headers as the
 * office's own sheets (src/results/result-columns.ts). Sample figures say "MẪU" on every row,
 * in the "Ghi chú" column the reader skips, so the file can still be read back in.
 */
import { t } from '../i18n/t.ts';
import { getShare, type CommuneMonth } from './figures.ts';
import { COMMUNE_COLUMNS } from './result-columns.ts';

const SHARE_HEADERS = ['Tỷ lệ trực tuyến (%)', 'Tỷ lệ toàn trình (%)', 'Tỷ lệ đúng hạn (%)', 'Tỷ lệ thanh toán trực tuyến (%)'];

export function createResultsCsv(rows: readonly CommuneMonth[], sample: boolean): string {
  const header = [...COMMUNE_COLUMNS.map((column) => column.header), ...SHARE_HEADERS, ...(sample ? ['Ghi chú'] : [])];
  const share = (part: number, whole: number) => {
    const value = getShare(part, whole);
    return value === undefined ? '' : value.toFixed(1);
  };
  const lines = rows.map((row) => [
    row.month, row.commune, row.received, row.online, row.fullyOnline, row.onTime, row.paidOnline,
    share(row.online, row.received), share(row.fullyOnline, row.received), share(row.onTime, row.received), share(row.paidOnline, row.received),
    ...(sample ? [t('results.sample')] : []),
  ].map((cell) => quote(String(cell))).join(','));
  return `\uFEFF${[header.map(quote).join(','), ...lines].join('\r\n')}\r\n`;
}

/** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
function quote(cell: string): string {
  return /[",\r\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
