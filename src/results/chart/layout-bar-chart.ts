/**
 * Horizontal bars of a share per category (communes in rank order, a commune's procedures),
 * 0–100% across, the target as a dashed line, names on the left and values at the bar ends.
 * The frame's height follows the number of rows, so 92 communes stay readable. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { formatShare } from '../format-figures.ts';
import { getPlot, SHARE_TICKS, type ChartFrame, type ChartGeometry } from './chart-geometry.ts';
import { createTargetLine } from './layout-column-chart.ts';

export interface BarDatum {
  label: string;
  value: number | undefined;
  /** A per-row target (communes may have their own); the line shows the general one. */
  target?: number;
}

export interface BarChartOptions {
  /** Width and margins; the height is margin.top + rows × rowHeight + margin.bottom. */
  frame: Omit<ChartFrame, 'height'>;
  rowHeight: number;
  target?: { value: number; label: string };
  textGap: number;
  textSize: number;
}

export function layoutBarChart(data: readonly BarDatum[], options: BarChartOptions): ChartGeometry {
  const { margin } = options.frame;
  const frame = { ...options.frame, height: margin.top + data.length * options.rowHeight + margin.bottom };
  const plot = getPlot(frame);
  const x = scaleLinear().domain([0, 100]).range([plot.x, plot.x + plot.width]);
  const thickness = options.rowHeight * 0.6;
  const bars = data.map((datum, i) => {
    const top = plot.y + i * options.rowHeight + (options.rowHeight - thickness) / 2;
    const goal = datum.target ?? options.target?.value;
    return { x: plot.x, y: top, width: x(datum.value ?? 0) - plot.x, height: thickness, label: datum.label, value: datum.value, meetsTarget: goal === undefined || (datum.value ?? 0) >= goal };
  });
  const middle = (i: number) => bars[i]!.y + thickness / 2 + options.textSize / 3;
  const bottom = plot.y + plot.height;
  return {
    width: frame.width,
    height: frame.height,
    plot,
    gridlines: SHARE_TICKS.map((tick) => ({ x1: x(tick), y1: plot.y, x2: x(tick), y2: bottom })),
    yLabels: [],
    xLabels: SHARE_TICKS.map((tick) => ({ x: x(tick), y: bottom + options.textGap + options.textSize, text: `${tick}%`, anchor: 'middle' as const })),
    barLabels: bars.flatMap((bar, i) => [
      { x: plot.x - options.textGap, y: middle(i), text: bar.label, anchor: 'end' as const },
      // Inside the bar's end when it reaches past 80%, so the value never runs off the plot.
      bar.value !== undefined && bar.value > 80
        ? { x: bar.x + bar.width - options.textGap, y: middle(i), text: formatShare(bar.value), anchor: 'end' as const }
        : { x: bar.x + bar.width + options.textGap, y: middle(i), text: formatShare(bar.value), anchor: 'start' as const },
    ]),
    bars,
    series: [],
    target: options.target && {
      ...createTargetLine(plot, 0, options.target.label, options.textGap),
      rule: { x1: x(options.target.value), y1: plot.y, x2: x(options.target.value), y2: bottom },
      label: { x: x(options.target.value), y: plot.y - options.textGap, text: options.target.label, anchor: 'middle' },
    },
    legend: [],
  };
}
