/**
 * Sizes of the results charts on screen (SVG viewBox units, drawn 1:1 on a 360 px phone and
 * scaled up on wider screens) and on the A4 report (mm). Data tables, not bare numbers.
 */
import { ptToMm } from '../../pdf/units.ts';

export interface ChartFormat {
  width: number;
  /** Height of month charts (bar charts grow with their rows). */
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Left margin of bar charts: room for commune and procedure names. */
  barLabelWidth: number;
  rowHeight: number;
  textSize: number;
  textGap: number;
  legendSample: number;
  /** Month axis labels: every n-th month, so labels never collide. */
  labelEvery: number;
}

export const SVG_CHART: ChartFormat = {
  width: 360,
  height: 220,
  margin: { top: 22, right: 8, bottom: 30, left: 40 },
  barLabelWidth: 130,
  rowHeight: 28,
  textSize: 12,
  textGap: 5,
  legendSample: 24,
  labelEvery: 3,
};

/** On A4 (180 mm between the margins), at 7 pt labels. */
export const PDF_CHART: ChartFormat = {
  width: 180,
  height: 62,
  margin: { top: 6, right: 2, bottom: 8, left: 11 },
  barLabelWidth: 45,
  rowHeight: 6,
  textSize: ptToMm(7),
  textGap: 1.4,
  legendSample: 8,
  labelEvery: 1,
};

export const PDF_CHART_TEXT_PT = 7;
