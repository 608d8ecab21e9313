/**
 * Checks across rows and files: one row per commune and month (one per procedure too), and a
 * commune's procedures adding up to no more than its total. Pure.
 */
import type { ContentError } from '../content/content-error.ts';
import type { CommuneMonth, ProcedureMonth } from './figures.ts';
import { COMMUNE_COLUMNS, PROCEDURE_COLUMNS } from './result-columns.ts';
import { t } from '../i18n/t.ts';
import { resultErrors } from './result-errors.ts';

export function checkResults(communeMonths: readonly CommuneMonth[], procedureMonths: readonly ProcedureMonth[], columnOf: (file: string, key: 'month') => number): ContentError[] {
  const errors: ContentError[] = [];
  const monthColumn = (file: string, procedure: boolean) => ({ index: columnOf(file, 'month'), spec: (procedure ? PROCEDURE_COLUMNS : COMMUNE_COLUMNS)[0]! });
  const seen = new Map<string, CommuneMonth>();
  for (const row of communeMonths) {
    const key = `${row.commune}\0${row.month}`;
    const first = seen.get(key);
    if (first) errors.push(resultErrors.duplicateMonth({ ...row.source, column: monthColumn(row.source.file, false) }, t('resultsCsv.commune', { commune: row.commune }), row.month, first.source));
    else seen.set(key, row);
  }
  const seenProcedure = new Map<string, ProcedureMonth>();
  const sums = new Map<string, { sum: number; rows: ProcedureMonth[] }>();
  for (const row of procedureMonths) {
    const key = `${row.commune}\0${row.procedure}\0${row.month}`;
    const first = seenProcedure.get(key);
    if (first) {
      errors.push(resultErrors.duplicateMonth({ ...row.source, column: monthColumn(row.source.file, true) }, t('resultsCsv.communeProcedure', { commune: row.commune, procedure: row.procedure }), row.month, first.source));
      continue;
    }
    seenProcedure.set(key, row);
    const total = sums.get(`${row.commune}\0${row.month}`) ?? { sum: 0, rows: [] };
    total.sum += row.received;
    total.rows.push(row);
    sums.set(`${row.commune}\0${row.month}`, total);
  }
  for (const [key, { sum, rows }] of sums) {
    const total = seen.get(key);
    if (!total || sum <= total.received) continue;
    const last = rows.at(-1)!;
    errors.push(resultErrors.procedureOverTotal(last.source, t('resultsCsv.commune', { commune: last.commune }), last.month, sum, { value: total.received, ...total.source }));
  }
  return errors;
}
