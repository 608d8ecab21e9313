/**
 * The emulation ranking for a period: every commune's figures summed over the period's months,
 * its shares, its targets (site.yaml, with its own override), whether it met them, and the
 * change from the same months a year earlier. Ranked by share filed online, then share on
 * time. Pure.
 */
import type { Content } from '../content/load-content.ts';
import { getShare, sumFigures, type Figures } from './figures.ts';
import { getPeriodMonths, shiftMonth, type ResultPeriod } from './periods.ts';
import { getTarget } from './get-target.ts';
import type { ResultTarget } from '../schemas/results.ts';

export interface Shares {
  online: number | undefined;
  fullyOnline: number | undefined;
  onTime: number | undefined;
  paidOnline: number | undefined;
}

export interface RankingEntry {
  commune: string;
  /** "xã Phú Đình", from the commune's file. */
  name: string;
  file: string;
  rank: number;
  figures: Figures;
  shares: Shares;
  target: ResultTarget;
  met: { online: boolean; onTime: boolean; both: boolean };
  /** The same months one year earlier, when the figures go back that far. */
  previous?: { figures: Figures; shares: Shares };
  /** Change in the online share from a year earlier, in percentage points. */
  growth?: number;
}

export function getShares(figures: Figures): Shares {
  return {
    online: getShare(figures.online, figures.received),
    fullyOnline: getShare(figures.fullyOnline, figures.received),
    onTime: getShare(figures.onTime, figures.received),
    paidOnline: getShare(figures.paidOnline, figures.received),
  };
}

export function resolveRanking(content: Content, period: ResultPeriod): RankingEntry[] {
  const { communeMonths } = content.results;
  const months = new Set(getPeriodMonths(period, content.results));
  const earlier = new Set([...months].map((month) => shiftMonth(month, -12)));
  const entries = content.communes.flatMap((commune) => {
    const rows = communeMonths.filter((row) => row.commune === commune.slug);
    const current = rows.filter((row) => months.has(row.month));
    if (current.length === 0) return [];
    const figures = sumFigures(current);
    const shares = getShares(figures);
    const target = getTarget(content.site, commune.slug);
    const online = (shares.online ?? 0) >= target.online;
    const onTime = (shares.onTime ?? 0) >= target.onTime;
    const before = rows.filter((row) => earlier.has(row.month));
    // A year-over-year change only compares like with like: every month must have last year's row.
    const previous = before.length === current.length ? { figures: sumFigures(before), shares: getShares(sumFigures(before)) } : undefined;
    const growth = previous?.shares.online !== undefined && shares.online !== undefined ? shares.online - previous.shares.online : undefined;
    return [{ commune: commune.slug, name: commune.name, file: commune.file, rank: 0, figures, shares, target, met: { online, onTime, both: online && onTime }, previous, growth }];
  });
  entries.sort((a, b) => (b.shares.online ?? -1) - (a.shares.online ?? -1) || (b.shares.onTime ?? -1) - (a.shares.onTime ?? -1) || a.name.localeCompare(b.name, 'vi'));
  return entries.map((entry, index) => ({ ...entry, rank: index + 1 }));
}
