/** The figures of the campaign results, as read from content/results/ and summed over months. */
import type { FigureKey } from './result-columns.ts';

/** A commune's counts for one month (or a sum over months): numbers of dossiers. */
export type Figures = Record<FigureKey, number>;

/** The spreadsheet row a figure came from, for error messages and the CSV download. */
export interface RowSource {
  file: string;
  row: number;
}

/** One row of content/results/*.csv. */
export interface CommuneMonth extends Figures {
  /** YYYY-MM */
  month: string;
  /** Commune slug (content/communes/<slug>.yaml). */
  commune: string;
  source: RowSource;
}

/** One row of content/results/thu-tuc-*.csv: one registered procedure (a guide slug) in one commune and month. */
export interface ProcedureMonth {
  month: string;
  commune: string;
  /** Guide slug (content/guides/<slug>.mdx). */
  procedure: string;
  received: number;
  online: number;
  source: RowSource;
}

/** Everything content/results/ holds, checked, sorted by commune then month. */
export interface Results {
  communeMonths: CommuneMonth[];
  procedureMonths: ProcedureMonth[];
  /** The files read, as displayed. */
  files: string[];
}

export const EMPTY_FIGURES: Figures = { received: 0, online: 0, fullyOnline: 0, onTime: 0, paidOnline: 0 };

export function sumFigures(rows: readonly Figures[]): Figures {
  const sum = { ...EMPTY_FIGURES };
  for (const row of rows) for (const key of Object.keys(sum) as FigureKey[]) sum[key] += row[key];
  return sum;
}

/** `part` as a percentage of `whole`; undefined when there were no dossiers (no share to judge). */
export function getShare(part: number, whole: number): number | undefined {
  return whole > 0 ? (100 * part) / whole : undefined;
}
