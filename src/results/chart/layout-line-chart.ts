/**
 * Lines of a share per month of the year (1–12), one per year, so this year sits over the
 * same months of last year; the target as a dashed line. Gaps where a month has no figures.
 * Pure: d3-shape writes the SVG path, and the same points go to the PDF as runs.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { getPlot, SHARE_TICKS, type ChartFrame, type ChartGeometry, type ChartSeries } from './chart-geometry.ts';
import { createTargetLine } from './layout-column-chart.ts';

export interface LineSeriesDatum {
  name: string;
  values: readonly (number | undefined)[];
}

export interface LineChartOptions {
  frame: ChartFrame;
  /** One label per position (the months). */
  categories: readonly string[];
  target?: { value: number; label: string };
  textGap: number;
  textSize: number;
  /** Length of a legend's line sample. */
  legendSample: number;
}

export function layoutLineChart(data: readonly LineSeriesDatum[], options: LineChartOptions): ChartGeometry {
  const plot = getPlot(options.frame);
  const bottom = plot.y + plot.height;
  const x = scalePoint<number>().domain(options.categories.map((_, i) => i)).range([plot.x, plot.x + plot.width]).padding(0.3);
  const y = scaleLinear().domain([0, 100]).range([bottom, plot.y]);
  const series: ChartSeries[] = data.map((datum, index) => {
    const points = datum.values.map((value, i) => (value === undefined ? undefined : ([x(i)!, y(value)] as [number, number])));
    const path = line<[number, number] | undefined>().defined((point) => point !== undefined).x((point) => point![0]).y((point) => point![1]);
    const runs: [number, number][][] = [];
    let run: [number, number][] = [];
    for (const point of points) {
      if (point) run.push(point);
      else if (run.length > 0) (runs.push(run), (run = []));
    }
    if (run.length > 0) runs.push(run);
    return { name: datum.name, dashed: index > 0, d: path(points) ?? '', runs, points: points.flatMap((point) => (point ? [{ x: point[0], y: point[1] }] : [])) };
  });
  const legendY = options.frame.height - options.textGap;
  let legendX = plot.x;
  const legend = series.map((item) => {
    const entry = {
      sample: { x1: legendX, y1: legendY - options.textSize / 3, x2: legendX + options.legendSample, y2: legendY - options.textSize / 3 },
      label: { x: legendX + options.legendSample + options.textGap, y: legendY, text: item.name, anchor: 'start' as const },
      dashed: item.dashed,
    };
    legendX += options.legendSample + options.textGap + item.name.length * options.textSize * 0.6 + options.textGap * 3;
    return entry;
  });
  return {
    width: options.frame.width,
    height: options.frame.height,
    plot,
    gridlines: SHARE_TICKS.map((tick) => ({ x1: plot.x, y1: y(tick), x2: plot.x + plot.width, y2: y(tick) })),
    yLabels: SHARE_TICKS.map((tick) => ({ x: plot.x - options.textGap, y: y(tick) + options.textSize / 3, text: `${tick}%`, anchor: 'end' as const })),
    xLabels: options.categories.map((text, i) => ({ x: x(i)!, y: bottom + options.textGap + options.textSize, text, anchor: 'middle' as const })),
    barLabels: [],
    bars: [],
    series,
    target: options.target && createTargetLine(plot, y(options.target.value), options.target.label, options.textGap),
    legend,
  };
}
