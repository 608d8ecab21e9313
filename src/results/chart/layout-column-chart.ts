/**
 * Vertical bars of a share per month (0–100%), with a dashed target line: the office's
 * "share filed online per month against the target". Pure: data and frame in, geometry out.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { getPlot, SHARE_TICKS, type ChartFrame, type ChartGeometry } from './chart-geometry.ts';

export interface ColumnDatum {
  label: string;
  value: number | undefined;
}

export interface ColumnChartOptions {
  frame: ChartFrame;
  target?: { value: number; label: string };
  /** Which categories get an axis label (every third month on a phone). */
  labelEvery?: number;
  /** Gap between the plot and a label, and a label's height, in frame units. */
  textGap: number;
  textSize: number;
}

export function layoutColumnChart(data: readonly ColumnDatum[], options: ColumnChartOptions): ChartGeometry {
  const plot = getPlot(options.frame);
  const bottom = plot.y + plot.height;
  const x = scaleBand<number>().domain(data.map((_, i) => i)).range([plot.x, plot.x + plot.width]).paddingInner(0.25).paddingOuter(0.1);
  const y = scaleLinear().domain([0, 100]).range([bottom, plot.y]);
  const every = options.labelEvery ?? 1;
  const bars = data.map((datum, i) => {
    const top = datum.value === undefined ? bottom : y(datum.value);
    return { x: x(i)!, y: top, width: x.bandwidth(), height: bottom - top, label: datum.label, value: datum.value, meetsTarget: options.target === undefined || (datum.value ?? 0) >= options.target.value };
  });
  return {
    width: options.frame.width,
    height: options.frame.height,
    plot,
    gridlines: SHARE_TICKS.map((tick) => ({ x1: plot.x, y1: y(tick), x2: plot.x + plot.width, y2: y(tick) })),
    yLabels: SHARE_TICKS.map((tick) => ({ x: plot.x - options.textGap, y: y(tick) + options.textSize / 3, text: `${tick}%`, anchor: 'end' as const })),
    xLabels: data.flatMap((datum, i) => (i % every === 0 ? [{ x: x(i)! + x.bandwidth() / 2, y: bottom + options.textGap + options.textSize, text: datum.label, anchor: 'middle' as const }] : [])),
    barLabels: [],
    bars,
    series: [],
    target: options.target && createTargetLine(plot, y(options.target.value), options.target.label, options.textGap),
    legend: [],
  };
}

/** The dashed target line across the plot, its label just above its left end (shares rise over a campaign, so the left is where the bars are lowest). */
export function createTargetLine(plot: ChartGeometry['plot'], at: number, label: string, gap: number): NonNullable<ChartGeometry['target']> {
  return {
    rule: { x1: plot.x, y1: at, x2: plot.x + plot.width, y2: at },
    label: { x: plot.x + gap, y: at - gap, text: label, anchor: 'start' },
  };
}
