/** Figures as Vietnamese readers write them: 1.250 hồ sơ, 82,5%, tháng 10/2026, +3,2 điểm phần trăm. */
import type { ResultPeriod } from './periods.ts';

const counts = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const shares = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return counts.format(value);
}

/** A share with one decimal and the percent sign; "–" when there were no dossiers. */
export function formatShare(value: number | undefined): string {
  return value === undefined ? '–' : `${shares.format(value)}%`;
}

const targets = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A target as the office set it: "80%", "72,5%" (no ",0" on a whole number). */
export function formatPercent(value: number): string {
  return `${targets.format(value)}%`;
}

/** A number of percentage points without sign, as said aloud: "16,6", "25" (no ",0"). */
export function formatPointsAbsolute(value: number): string {
  return targets.format(Math.abs(Math.round(value * 10) / 10));
}

/** A change in percentage points with its sign: "+3,2", "−1,0" (a real minus sign). */
export function formatPoints(value: number | undefined): string {
  if (value === undefined) return '–';
  const rounded = Math.round(value * 10) / 10;
  const text = shares.format(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/** "tháng 10/2026" */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-');
  return `tháng ${Number(number)}/${year}`;
}

/** "T10/26": axis labels, where a month has 14 px. */
export function formatMonthShort(month: string): string {
  const [year, number] = month.split('-');
  return `T${Number(number)}/${year!.slice(2)}`;
}

/** "năm 2026" or "tháng 10/2026" */
export function formatPeriod(period: ResultPeriod): string {
  return period.kind === 'year' ? `năm ${period.year}` : formatMonth(period.month);
}
