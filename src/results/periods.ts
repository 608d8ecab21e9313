/** The periods results are reported for: each calendar year in the figures, and the latest month. Pure. */
import type { Results } from './figures.ts';

export type ResultPeriod = { kind: 'year'; year: string } | { kind: 'month'; month: string };

/** "2026-02" moved by `by` months: shiftMonth("2026-02", -12) is "2025-02". */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month that has a row, in order. */
export function getMonths(results: Results): string[] {
  return [...new Set(results.communeMonths.map((row) => row.month))].sort();
}

/** Years with figures, oldest first, then the latest month: what the reports are made for. */
export function getReportPeriods(results: Results): ResultPeriod[] {
  const months = getMonths(results);
  const latest = months.at(-1);
  if (!latest) return [];
  const years = [...new Set(months.map((month) => month.slice(0, 4)))];
  return [...years.map((year): ResultPeriod => ({ kind: 'year', year })), { kind: 'month', month: latest }];
}

/** The latest year with figures, the overview pages' period. */
export function getLatestYear(results: Results): ResultPeriod | undefined {
  return getReportPeriods(results).filter((period) => period.kind === 'year').at(-1);
}

/** The months of a period that have figures (a year in progress has fewer than 12). */
export function getPeriodMonths(period: ResultPeriod, results: Results): string[] {
  const months = getMonths(results);
  return period.kind === 'month' ? months.filter((month) => month === period.month) : months.filter((month) => month.startsWith(`${period.year}-`));
}

/** Stable id for paths and file names: "2026" or "2026-10". */
export function getPeriodId(period: ResultPeriod): string {
  return period.kind === 'year' ? period.year : period.month;
}

/** The period's last day, YYYY-MM-DD: a report's fixed PDF date. */
export function getPeriodEndDate(period: ResultPeriod, results: Results): string {
  const last = getPeriodMonths(period, results).at(-1) ?? (period.kind === 'year' ? `${period.year}-12` : period.month);
  const [year, month] = last.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
