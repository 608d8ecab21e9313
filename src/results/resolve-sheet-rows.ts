/**
 * Turns the cells of a results sheet into checked figures: a month written YYYY-MM, a commune
 * that exists, whole non-negative counts, and no part larger than its whole (online ≤ received,
 * fully online ≤ online, on time ≤ received, paid online ≤ received). Pure.
 */
import type { ContentError } from '../content/content-error.ts';
import { foldHeader, getColumnLetter, type ColumnKey, type FigureKey } from './result-columns.ts';
import { resultErrors, type CellPlace } from './result-errors.ts';
import type { CommuneMonth, ProcedureMonth } from './figures.ts';
import type { Sheet, SheetRow } from './parse-results-sheet.ts';

export interface SheetContext {
  /** Communes of the content folder: slug and printed name ("xã Phú Đình"). */
  communes: readonly { slug: string; name: string }[];
  /** Guide slugs (the procedures a commune can register). */
  guides: readonly string[];
}

/** Each part and the whole it is a part of. */
const PART_OF: readonly [FigureKey, FigureKey][] = [
  ['online', 'received'],
  ['fullyOnline', 'online'],
  ['onTime', 'received'],
  ['paidOnline', 'received'],
];

export function resolveCommuneRows(sheet: Sheet, context: SheetContext): { rows: CommuneMonth[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const rows: CommuneMonth[] = [];
  for (const row of sheet.rows) {
    const read = createCellReader(row, context, errors);
    const month = read.month();
    const commune = read.commune();
    const figures = { received: read.count('received'), online: read.count('online'), fullyOnline: read.count('fullyOnline'), onTime: read.count('onTime'), paidOnline: read.count('paidOnline') };
    if (month === undefined || commune === undefined || Object.values(figures).some((value) => value === undefined)) continue;
    const complete = figures as Record<FigureKey, number>;
    const before = errors.length;
    for (const [part, whole] of PART_OF) checkPart(row, sheet, complete, part, whole, errors);
    if (errors.length === before) rows.push({ month, commune, ...complete, source: { file: rowFile(row), row: row.row } });
  }
  return { rows, errors };
}

export function resolveProcedureRows(sheet: Sheet, context: SheetContext): { rows: ProcedureMonth[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const rows: ProcedureMonth[] = [];
  for (const row of sheet.rows) {
    const read = createCellReader(row, context, errors);
    const month = read.month();
    const commune = read.commune();
    const procedure = read.procedure();
    const received = read.count('received');
    const online = read.count('online');
    if (month === undefined || commune === undefined || procedure === undefined || received === undefined || online === undefined) continue;
    const before = errors.length;
    checkPart(row, sheet, { received, online }, 'online', 'received', errors);
    if (errors.length === before) rows.push({ month, commune, procedure, received, online, source: { file: rowFile(row), row: row.row } });
  }
  return { rows, errors };
}

function rowFile(row: SheetRow): string {
  return [...row.cells.values()][0]!.place.file;
}

function checkPart(row: SheetRow, sheet: Sheet, figures: Partial<Record<FigureKey, number>>, part: FigureKey, whole: FigureKey, errors: ContentError[]): void {
  const partValue = figures[part];
  const wholeValue = figures[whole];
  if (partValue === undefined || wholeValue === undefined || partValue <= wholeValue) return;
  const partCell = row.cells.get(part)!;
  const wholeCell = row.cells.get(whole)!;
  errors.push(
    resultErrors.moreThan(partCell.place, { value: partValue, header: partCell.place.column!.spec.header }, {
      value: wholeValue,
      header: wholeCell.place.column!.spec.header,
      letter: getColumnLetter(sheet.columnIndex.get(whole)!),
    }),
  );
}

function createCellReader(row: SheetRow, context: SheetContext, errors: ContentError[]) {
  const cell = (key: ColumnKey) => row.cells.get(key)!;
  const nonBlank = (key: ColumnKey): { value: string; place: CellPlace } | undefined => {
    const found = cell(key);
    if (found.value !== '') return found;
    errors.push(resultErrors.blank(found.place));
    return undefined;
  };
  return {
    month(): string | undefined {
      const found = nonBlank('month');
      if (!found) return undefined;
      const match = /^(\d{4})-(\d{2})$/.exec(found.value);
      if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return found.value;
      errors.push(resultErrors.badMonth(found.place, found.value));
      return undefined;
    },
    commune(): string | undefined {
      const found = nonBlank('commune');
      if (!found) return undefined;
      const slug = findCommune(context.communes, found.value);
      if (slug) return slug;
      errors.push(resultErrors.unknownCommune(found.place, found.value, context.communes.map((commune) => commune.slug)));
      return undefined;
    },
    procedure(): string | undefined {
      const found = nonBlank('procedure');
      if (!found) return undefined;
      if (context.guides.includes(found.value)) return found.value;
      errors.push(resultErrors.unknownProcedure(found.place, found.value));
      return undefined;
    },
    count(key: FigureKey): number | undefined {
      const found = nonBlank(key);
      if (!found) return undefined;
      const result = readCount(found.value);
      if (typeof result === 'number') return result;
      errors.push(resultErrors[result](found.place, found.value));
      return undefined;
    },
  };
}

/** A commune by its slug, or by its name with or without "xã"/"phường" ("Phú Đình", "xã Phú Đình"). */
function findCommune(communes: SheetContext['communes'], value: string): string | undefined {
  const bySlug = communes.find((commune) => commune.slug === value.toLowerCase());
  if (bySlug) return bySlug.slug;
  const bare = (name: string) => foldHeader(name).replace(/^(xa|phuong|dac khu) /, '');
  return communes.find((commune) => bare(commune.name) === bare(value))?.slug;
}

/**
 * A count as offices type it: 1250, 1.250 or 1 250 (Vietnamese groups thousands with dots or
 * spaces). A comma is the decimal mark, so "12,5" is not a whole number.
 */
function readCount(value: string): number | 'notANumber' | 'notWhole' | 'negative' {
  const text = value.replace(/\u00a0/g, ' ');
  const negative = /^[-−]/.test(text);
  const digits = text.replace(/^[-−]\s*/, '');
  if (/^\d{1,3}(?:[. ]\d{3})+$/.test(digits) || /^\d+$/.test(digits)) {
    if (negative && Number(digits.replace(/[. ]/g, '')) !== 0) return 'negative';
    return Number(digits.replace(/[. ]/g, ''));
  }
  if (/^\d+[,.]\d+$/.test(digits)) return negative ? 'negative' : 'notWhole';
  return 'notANumber';
}
