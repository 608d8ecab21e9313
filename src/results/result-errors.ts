/**
 * Errors in the results spreadsheets, worded for the person who keeps them in Excel: the file,
 * the row and column as the spreadsheet shows them ("dòng 5, cột D “Trực tuyến”"), what is wrong
 * and what to type instead (src/i18n/vi.ts, keys "resultsCsv.*"). They are ContentErrors, so the
 * build reports them with the rest.
 */
import { ContentError } from '../content/content-error.ts';
import { t } from '../i18n/t.ts';
import { getColumnLetter, type ColumnSpec } from './result-columns.ts';

/** Where a cell is: the spreadsheet row (the header is row 1) and the column. */
export interface CellPlace {
  file: string;
  row: number;
  column?: { index: number; spec: ColumnSpec };
}

export function getCellField(place: CellPlace): string {
  if (!place.column) return t('resultsCsv.row', { row: place.row });
  return t('resultsCsv.cell', { row: place.row, letter: getColumnLetter(place.column.index), header: place.column.spec.header });
}

const error = (place: CellPlace, problem: string, fix: string) => new ContentError(place.file, getCellField(place), problem, fix);
const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join(', ');

export const resultErrors = {
  unreadable: (place: CellPlace, reason: string) => error(place, t('resultsCsv.unreadable.problem', { reason }), t('resultsCsv.unreadable.fix')),
  empty: (place: CellPlace) => error(place, t('resultsCsv.empty.problem'), t('resultsCsv.empty.fix')),
  missingColumn: (place: CellPlace, spec: ColumnSpec, headers: readonly string[]) =>
    error(place, t('resultsCsv.missingColumn.problem', { header: spec.header }), t('resultsCsv.missingColumn.fix', { header: spec.header, example: spec.example, headers: quoted(headers) })),
  unknownColumn: (place: CellPlace, header: string, columns: readonly ColumnSpec[]) =>
    error(place, t('resultsCsv.unknownColumn.problem', { header }), t('resultsCsv.unknownColumn.fix', { columns: quoted(columns.map((c) => c.header)) })),
  duplicateColumn: (place: CellPlace, other: number) =>
    error(place, t('resultsCsv.duplicateColumn.problem', { letter: getColumnLetter(other) }), t('resultsCsv.duplicateColumn.fix')),
  cellCount: (place: CellPlace, cells: number, headers: number) =>
    error(place, t('resultsCsv.cellCount.problem', { cells, headers }), t('resultsCsv.cellCount.fix')),
  blank: (place: CellPlace) =>
    error(place, t('resultsCsv.blank.problem'), place.column?.spec.key === 'month' || place.column?.spec.key === 'commune' || place.column?.spec.key === 'procedure'
      ? t('resultsCsv.blank.fixNamed', { what: place.column.spec.header.toLowerCase(), example: place.column.spec.example })
      : t('resultsCsv.blank.fixCount')),
  notANumber: (place: CellPlace, value: string) =>
    error(place, t('resultsCsv.notANumber.problem', { value }), t('resultsCsv.notANumber.fix', { example: place.column?.spec.example ?? '120' })),
  notWhole: (place: CellPlace, value: string) => error(place, t('resultsCsv.notWhole.problem', { value }), t('resultsCsv.notWhole.fix')),
  negative: (place: CellPlace, value: string) => error(place, t('resultsCsv.negative.problem', { value }), t('resultsCsv.negative.fix')),
  badMonth: (place: CellPlace, value: string) => {
    const match = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
    const suggestion = match && Number(match[1]) >= 1 && Number(match[1]) <= 12 ? `${match[2]}-${match[1]!.padStart(2, '0')}` : '2026-10';
    return error(place, t('resultsCsv.badMonth.problem', { value }), match ? t('resultsCsv.badMonth.fixFrom', { suggestion, value }) : t('resultsCsv.badMonth.fix', { suggestion }));
  },
  unknownCommune: (place: CellPlace, value: string, communes: readonly string[]) =>
    error(place, t('resultsCsv.unknownCommune.problem', { value }), communes.length === 0 ? t('resultsCsv.unknownCommune.fixNone') : t('resultsCsv.unknownCommune.fix', { communes: communes.join(', ') })),
  unknownProcedure: (place: CellPlace, value: string) => error(place, t('resultsCsv.unknownProcedure.problem', { value }), t('resultsCsv.unknownProcedure.fix')),
  moreThan: (place: CellPlace, part: { value: number; header: string }, whole: { value: number; header: string; letter: string }) =>
    error(
      place,
      t('resultsCsv.moreThan.problem', { part: part.value, partHeader: part.header, whole: whole.value, wholeHeader: whole.header, letter: whole.letter }),
      t('resultsCsv.moreThan.fix', { partHeader: part.header, wholeHeader: whole.header }),
    ),
  duplicateMonth: (place: CellPlace, what: string, month: string, first: { file: string; row: number }) =>
    error(place, t('resultsCsv.duplicateMonth.problem', { what, month, where: first.file === place.file ? '' : `${first.file} `, row: first.row }), t('resultsCsv.duplicateMonth.fix')),
  procedureOverTotal: (place: CellPlace, commune: string, month: string, sum: number, total: { value: number; file: string; row: number }) =>
    error(place, t('resultsCsv.procedureOverTotal.problem', { commune, month, sum, total: total.value, file: total.file, row: total.row }), t('resultsCsv.procedureOverTotal.fix')),
};
