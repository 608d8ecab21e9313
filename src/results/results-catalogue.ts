/**
 * The files of the results kit for one edition: for the office, the CSV of every commune and
 * an A4 report per year and for the latest month; for a commune, its CSV and a loudspeaker item
 * per month. The pages list exactly these, so every link exists in dist/ket-qua/. Pure.
 */
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import type { KitFile } from '../build/kit.ts';
import { resultsFiles } from '../paths.ts';
import { getPeriodId, getReportPeriods, type ResultPeriod } from './periods.ts';

export type ResultsFile = KitFile & { path: string } & ({ kind: 'csv' } | { kind: 'report'; period: ResultPeriod } | { kind: 'item'; commune: string; month: string });

export function getResultsFiles(content: Content, edition: Edition): ResultsFile[] {
  const { communeMonths } = content.results;
  if (edition.ref.kind === 'office') {
    if (communeMonths.length === 0) return [];
    const csv = resultsFiles.csv(edition.ref);
    return [
      { id: csv, path: csv, kind: 'csv' },
      ...getReportPeriods(content.results).map((period): ResultsFile => {
        const path = resultsFiles.report(getPeriodId(period));
        return { id: path, path, kind: 'report', period };
      }),
    ];
  }
  const slug = edition.ref.slug;
  const rows = communeMonths.filter((row) => row.commune === slug);
  if (rows.length === 0) return [];
  const csv = resultsFiles.csv(edition.ref);
  return [
    { id: csv, path: csv, kind: 'csv' },
    ...rows.map((row): ResultsFile => {
      const path = resultsFiles.item(row.month, edition.ref);
      return { id: path, path, kind: 'item', commune: slug, month: row.month };
    }),
  ];
}
