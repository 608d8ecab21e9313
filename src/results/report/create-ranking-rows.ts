/**
 * The ranking table of the report: a header and one row per commune, each laid out at the
 * position the page flow gives it. The "Tỷ lệ trực tuyến" column carries a bar against the
 * commune's own target, so the chart grows with the table, whatever the number of communes.
 */
import type { TextSource } from '../../content/sourced-text.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import type { PdfElement } from '../../pdf/elements.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { formatCount, formatPoints, formatShare } from '../format-figures.ts';
import type { RankingEntry } from '../resolve-ranking.ts';
import { REPORT, type TableColumn } from './report-format.ts';

const T = REPORT.table;
const HEADERS: Record<TableColumn, MessageKey> = {
  rank: 'results.column.rank',
  commune: 'results.column.commune',
  received: 'results.column.received',
  online: 'results.column.online',
  share: 'results.column.shareOnline',
  bar: 'results.column.target',
  onTime: 'results.column.shareOnTime',
  growth: 'results.column.growth',
  met: 'results.column.met',
};
const COLUMNS = Object.keys(T.columns) as TableColumn[];

/** Left edge of each column from the table's left edge. */
function getColumnLefts(): Record<TableColumn, number> {
  let x = 0;
  const lefts = {} as Record<TableColumn, number>;
  for (const column of COLUMNS) {
    lefts[column] = x;
    x += T.columns[column];
  }
  return lefts;
}

export function getMetLabel(entry: RankingEntry): string {
  const key: MessageKey = entry.met.both ? 'results.met.both' : entry.met.online ? 'results.met.onlineOnly' : entry.met.onTime ? 'results.met.onTimeOnly' : 'results.met.neither';
  return t(key);
}

export function createRankingRows(measure: TextMeasurer, ranking: readonly RankingEntry[], source: TextSource) {
  const lefts = getColumnLefts();
  const total = COLUMNS.reduce((sum, column) => sum + T.columns[column], 0);
  const cell = (text: string, column: TableColumn, x: number, y: number, height: number, cellSource: TextSource, font: 'regular' | 'semibold' = 'regular') =>
    fitText(measure, { text, source: cellSource, font, colour: 'ink', leading: 1.15 }, REPORT.size.cell, { x: x + lefts[column] + T.cellPadding, y: y + T.cellPadding, width: T.columns[column] - 2 * T.cellPadding, height: height - 2 * T.cellPadding }, t('pdfPlace.rankingColumn', { column: t(HEADERS[column]) }));
  const header = (x: number, y: number) => ({
    height: T.headerHeight,
    elements: [
      { type: 'rect', x, y, width: total, height: T.headerHeight, fill: 'tint' } as PdfElement,
      ...COLUMNS.map((column) => cell(t(HEADERS[column]), column, x, y, T.headerHeight, source, 'semibold')),
    ],
  });
  const rows = ranking.map((entry) => (x: number, y: number): PdfElement[] => {
    const name = { file: entry.file, field: 'name' };
    const barLeft = x + lefts.bar + T.cellPadding;
    const barWidth = T.columns.bar - 2 * T.cellPadding;
    const barTop = y + (T.rowHeight - T.barHeight) / 2;
    const share = entry.shares.online ?? 0;
    return [
      cell(String(entry.rank), 'rank', x, y, T.rowHeight, source),
      cell(entry.name, 'commune', x, y, T.rowHeight, name),
      cell(formatCount(entry.figures.received), 'received', x, y, T.rowHeight, source),
      cell(formatCount(entry.figures.online), 'online', x, y, T.rowHeight, source),
      cell(formatShare(entry.shares.online), 'share', x, y, T.rowHeight, source, 'semibold'),
      { type: 'rect', x: barLeft, y: barTop, width: barWidth, height: T.barHeight, fill: 'tint' },
      { type: 'rect', x: barLeft, y: barTop, width: (barWidth * share) / 100, height: T.barHeight, fill: entry.met.online ? 'brand' : 'muted' },
      { type: 'line', x1: barLeft + (barWidth * entry.target.online) / 100, y1: barTop - 0.8, x2: barLeft + (barWidth * entry.target.online) / 100, y2: barTop + T.barHeight + 0.8, colour: 'ink', weightPt: 0.8 },
      cell(formatShare(entry.shares.onTime), 'onTime', x, y, T.rowHeight, source),
      cell(formatPoints(entry.growth), 'growth', x, y, T.rowHeight, source),
      cell(getMetLabel(entry), 'met', x, y, T.rowHeight, source),
      { type: 'line', x1: x, y1: y + T.rowHeight, x2: x + total, y2: y + T.rowHeight, colour: 'rule', weightPt: 0.3 },
    ];
  });
  return { header, rows };
}
