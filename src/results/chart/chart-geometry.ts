/**
 * What a chart layout returns: positions only, in the frame's own units (px of an SVG viewBox,
 * or mm on a PDF page). The SVG markup (render-chart-svg.ts) and the PDF elements
 * (create-chart-elements.ts) both draw from it and decide nothing.
 */

export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartLabel {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The category ("T10/26", "xã Phú Đình") and the value as shown ("82,5%"). */
  label: string;
  value: number | undefined;
  /** At or above the target line (drawn in the darker colour). */
  meetsTarget: boolean;
}

export interface ChartSeries {
  name: string;
  /** The second series (last year) is dashed, so the two differ without colour. */
  dashed: boolean;
  /** SVG path data from d3-shape; gaps where a month has no figures. */
  d: string;
  /** The same line as runs of points, for the PDF (one run per unbroken stretch). */
  runs: [number, number][][];
  points: { x: number; y: number }[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  gridlines: ChartRule[];
  yLabels: ChartLabel[];
  xLabels: ChartLabel[];
  /** Category labels and value labels of bars. */
  barLabels: ChartLabel[];
  bars: ChartBar[];
  series: ChartSeries[];
  /** The target as a dashed line across the plot, with its label. */
  target?: { rule: ChartRule; label: ChartLabel };
  /** Legend entries for line charts. */
  legend: { label: ChartLabel; sample: ChartRule; dashed: boolean }[];
}

/** Share axes run 0–100% in steps of 20. */
export const SHARE_TICKS = [0, 20, 40, 60, 80, 100] as const;

export function getPlot(frame: ChartFrame) {
  const { margin } = frame;
  return { x: margin.left, y: margin.top, width: frame.width - margin.left - margin.right, height: frame.height - margin.top - margin.bottom };
}
