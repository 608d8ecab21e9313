/**
 * Reads one results spreadsheet saved as CSV: UTF-8 with or without a byte-order mark, cells
 * separated by commas or semicolons (Excel on a Vietnamese Windows saves ";" because "," is the
 * decimal mark), headers from src/results/result-columns.ts. Pure: text in, cells or errors out.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ContentError } from '../content/content-error.ts';
import { foldHeader, IGNORED_HEADERS, type ColumnKey, type ColumnSpec } from './result-columns.ts';
import { resultErrors, type CellPlace } from './result-errors.ts';

/** One data row: the raw cell of every known column, and where each one is. */
export interface SheetRow {
  row: number;
  cells: Map<ColumnKey, { value: string; place: CellPlace }>;
}

export interface Sheet {
  rows: SheetRow[];
  /** Index of each known column, for messages that point at a second cell. */
  columnIndex: Map<ColumnKey, number>;
  errors: ContentError[];
}

export function parseResultsSheet(text: string, file: string, columns: readonly ColumnSpec[]): Sheet {
  const fail = (error: ContentError): Sheet => ({ rows: [], columnIndex: new Map(), errors: [error] });
  let records: { info: { lines: number }; record: string[] }[];
  try {
    // With `info`, each record comes as { info, record }; the typings only know plain rows.
    records = parse(text, { bom: true, delimiter: detectDelimiter(text), info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return fail(resultErrors.unreadable({ file, row: (error as CsvError & { lines?: number }).lines ?? 1 }, CSV_PROBLEMS[error.code] ?? error.code));
  }
  const [header, ...body] = records;
  if (!header) return fail(resultErrors.empty({ file, row: 1 }));
  const headerRow = header.info.lines;
  const { columnIndex, errors } = mapHeaders(header.record, file, headerRow, columns);
  if (errors.length > 0) return { rows: [], columnIndex, errors };
  if (body.length === 0) return fail(resultErrors.empty({ file, row: headerRow + 1 }));
  const rows: SheetRow[] = [];
  for (const { info, record } of body) {
    // csv-parse counts lines up to the end of the record; a quoted cell may span several.
    const row = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.every((cell) => cell === '')) continue; // a row Excel left with only separators
    if (record.length > header.record.length && record.slice(header.record.length).some((cell) => cell !== '')) {
      errors.push(resultErrors.cellCount({ file, row }, record.length, header.record.length));
      continue;
    }
    const cells = new Map<ColumnKey, { value: string; place: CellPlace }>();
    for (const spec of columns) {
      const index = columnIndex.get(spec.key)!;
      cells.set(spec.key, { value: (record[index] ?? '').normalize('NFC'), place: { file, row, column: { index, spec } } });
    }
    rows.push({ row, cells });
  }
  return { rows, columnIndex, errors };
}

/** csv-parse's error codes the office is likely to meet, in words. */
const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'có dấu ngoặc kép mở mà không đóng',
  CSV_INVALID_CLOSING_QUOTE: 'có dấu ngoặc kép đóng ở giữa ô',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'số ô không đều giữa các dòng',
};

/** The separator of the header line: whichever of ";" and "," it has more of, outside quotes. */
function detectDelimiter(text: string): ';' | ',' {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function mapHeaders(headers: readonly string[], file: string, row: number, columns: readonly ColumnSpec[]) {
  const errors: ContentError[] = [];
  const columnIndex = new Map<ColumnKey, number>();
  const ignored = new Set(IGNORED_HEADERS.map(foldHeader));
  headers.forEach((header, index) => {
    const folded = foldHeader(header);
    if (folded === '' || ignored.has(folded)) return;
    const spec = columns.find((candidate) => [candidate.header, ...candidate.aliases].some((name) => foldHeader(name) === folded));
    const place = { file, row, column: spec && { index, spec } };
    if (!spec) {
      errors.push(resultErrors.unknownColumn({ file, row }, header, columns));
    } else if (columnIndex.has(spec.key)) {
      errors.push(resultErrors.duplicateColumn(place, columnIndex.get(spec.key)!));
    } else {
      columnIndex.set(spec.key, index);
    }
  });
  for (const spec of columns) {
    if (!columnIndex.has(spec.key)) errors.push(resultErrors.missingColumn({ file, row }, spec, headers.filter((h) => h !== '')));
  }
  return { columnIndex, errors };
}
