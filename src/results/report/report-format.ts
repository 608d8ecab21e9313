/** The A4 portrait report for the emulation review, in mm (type sizes in pt). */

export const REPORT = {
  page: { width: 210, height: 297 },
  margin: { top: 15, right: 15, bottom: 18, left: 15 },
  /** Baseline of the footer line above the bottom edge. */
  footerFromBottom: 9,
  size: { title: 16, meta: 9.5, heading: 11, body: 9, footer: 7, header: 7, cell: { max: 8.5, min: 6 } },
  leading: { title: 1.2, body: 1.35 },
  gap: { afterTitle: 2, paragraph: 1.5, beforeHeading: 5, afterHeading: 2 },
  /** Ranking table: column widths (sum 180 = the text width), row and header heights. */
  table: {
    columns: { rank: 9, commune: 38, received: 17, online: 17, share: 16, bar: 24, onTime: 15, growth: 17, met: 27 },
    rowHeight: 6.2,
    headerHeight: 9,
    cellPadding: 1.2,
    barHeight: 2.6,
  },
  /** The MẪU plate on a sample report's every page. */
  samplePlate: { height: 8, size: 11 },
} as const;

export type TableColumn = keyof typeof REPORT.table.columns;
