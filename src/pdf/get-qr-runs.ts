/**
 * The dark modules of a QR code as horizontal runs, row by row: both renderers (the PDF and the
 * thumbnail) draw one rectangle per run, so there are fewer operators and no seams between modules.
 */
export interface QrRun {
  row: number;
  start: number;
  length: number;
}

export function getQrRuns(modules: readonly (readonly boolean[])[]): QrRun[] {
  const runs: QrRun[] = [];
  modules.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const dark = c < row.length && row[c];
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        runs.push({ row: r, start, length: c - start });
        start = -1;
      }
    }
  });
  return runs;
}
