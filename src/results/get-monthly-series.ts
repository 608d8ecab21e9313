/** Month by month figures of one commune, or of all communes together (the office's overview). Pure. */
import { getShare, sumFigures, type Figures, type Results } from './figures.ts';
import { getMonths } from './periods.ts';

export interface MonthPoint {
  month: string;
  figures: Figures;
  /** Share filed online, percent; undefined in a month without dossiers. */
  online: number | undefined;
  onTime: number | undefined;
}

export function getMonthlySeries(results: Results, commune?: string): MonthPoint[] {
  const rows = results.communeMonths.filter((row) => commune === undefined || row.commune === commune);
  return getMonths(results).flatMap((month) => {
    const inMonth = rows.filter((row) => row.month === month);
    if (inMonth.length === 0) return [];
    const figures = sumFigures(inMonth);
    return [{ month, figures, online: getShare(figures.online, figures.received), onTime: getShare(figures.onTime, figures.received) }];
  });
}

/** A commune's registered procedures over some months: received, online and the share, in the commune's featured order first. */
export function getProcedureTotals(results: Results, commune: string, months: readonly string[], featured: readonly string[]) {
  const rows = results.procedureMonths.filter((row) => row.commune === commune && months.includes(row.month));
  const procedures = [...new Set(rows.map((row) => row.procedure))].sort((a, b) => rank(featured, a) - rank(featured, b) || a.localeCompare(b));
  return procedures.map((procedure) => {
    const mine = rows.filter((row) => row.procedure === procedure);
    const received = mine.reduce((sum, row) => sum + row.received, 0);
    const online = mine.reduce((sum, row) => sum + row.online, 0);
    return { procedure, received, online, share: getShare(online, received) };
  });
}

function rank(list: readonly string[], item: string): number {
  const index = list.indexOf(item);
  return index < 0 ? list.length : index;
}
