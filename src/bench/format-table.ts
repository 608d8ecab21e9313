export interface BenchRow {
  label: string;
  value: number;
  unit: string;
}

/** Rows as an aligned plain-text table, numbers right-aligned. */
export function formatTable(title: string, rows: BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.label.length), 10);
  const lines = rows.map((row) => {
    const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(1);
    return `  ${row.label.padEnd(width)}  ${value.padStart(10)} ${row.unit}`;
  });
  return [`\n${title}`, ...lines].join('\n');
}
