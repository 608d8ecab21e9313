export interface BenchRow {
  label: string;
  value: number;
  unit: string;
}

/** Rows as an aligned plain-text table, numbers right-aligned; ratios (×) to three decimals, so that 1.304 against a bar of 1.3 does not print as 1.30. */
export function formatTable(title: string, rows: BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.label.length), 10);
  const lines = rows.map((row) => {
    const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(row.unit === '×' ? 3 : 1);
    return `  ${row.label.padEnd(width)}  ${value.padStart(10)} ${row.unit}`;
  });
  return [`\n${title}`, ...lines].join('\n');
}
