/**
 * A chart as PDF elements, from the same geometry as the SVG (laid out in mm): rectangles for
 * bars, lines for grid and target, paths for data lines, text for labels. Pure apart from
 * measuring text (to anchor labels and check every glyph prints).
 */
import type { TextSource } from '../../content/sourced-text.ts';
import type { ColourName } from '../../tokens.ts';
import type { PdfElement, TextElement } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText } from '../../pdf/text/set-text.ts';
import { ptToMm } from '../../pdf/units.ts';
import type { ChartGeometry, ChartLabel } from './chart-geometry.ts';

export interface PdfChartStyle {
  /** Label type size in pt. */
  textPt: number;
  /** Where label text comes from (the results files), for glyph errors. */
  source: TextSource;
}

const DASH: readonly [number, number] = [1.6, 1];

export function createChartElements(measure: TextMeasurer, chart: ChartGeometry, origin: { x: number; y: number }, style: PdfChartStyle): PdfElement[] {
  const at = (x: number, y: number) => [origin.x + x, origin.y + y] as const;
  const line = (r: { x1: number; y1: number; x2: number; y2: number }, colour: ColourName, weightPt: number, dash?: readonly [number, number]): PdfElement => {
    const [x1, y1] = at(r.x1, r.y1);
    const [x2, y2] = at(r.x2, r.y2);
    return { type: 'line', x1, y1, x2, y2, colour, weightPt, ...(dash ? { dash } : {}) };
  };
  const text = (l: ChartLabel, colour: ColourName) => createLabel(measure, { ...l, x: origin.x + l.x, y: origin.y + l.y }, style, colour);
  return [
    ...chart.gridlines.map((r) => line(r, 'rule', 0.4)),
    ...chart.bars.map((bar): PdfElement => ({ type: 'rect', x: origin.x + bar.x, y: origin.y + bar.y, width: bar.width, height: bar.height, fill: bar.meetsTarget ? 'brand' : 'muted' })),
    ...chart.series.flatMap((series) => series.runs.map((run): PdfElement => ({ type: 'path', points: run.map(([x, y]) => at(x, y)), colour: series.dashed ? 'muted' : 'brand', weightPt: 1.6, ...(series.dashed ? { dash: DASH } : {}) }))),
    ...chart.series.flatMap((series) => series.points.map((point): PdfElement => ({ type: 'circle', cx: origin.x + point.x, cy: origin.y + point.y, r: 0.7, fill: series.dashed ? 'muted' : 'brand' }))),
    ...(chart.target ? [line(chart.target.rule, 'ink', 1, DASH), text(chart.target.label, 'ink')] : []),
    ...chart.yLabels.map((l) => text(l, 'muted')),
    ...chart.xLabels.map((l) => text(l, 'muted')),
    ...chart.barLabels.map((l, i) => text(l, i % 2 === 1 && l.anchor === 'end' ? 'paper' : 'ink')),
    ...chart.legend.flatMap((entry) => [line(entry.sample, entry.dashed ? 'muted' : 'brand', 1.6, entry.dashed ? DASH : undefined), text(entry.label, 'ink')]),
  ];
}

/** One line of text whose baseline sits at (x, y), anchored at its start, middle or end. */
export function createLabel(measure: TextMeasurer, label: ChartLabel, style: PdfChartStyle & { font?: 'regular' | 'semibold' | 'bold' }, colour: ColourName): TextElement {
  const font = style.font ?? 'regular';
  const width = measure.width(label.text, font, style.textPt);
  const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - width / 2 : label.x - width;
  const { element } = setText(measure, { text: label.text, source: style.source, font, colour, leading: 1 }, style.textPt, left, 0, width + ptToMm(style.textPt));
  const baseline = element.lines[0]?.baseline ?? 0;
  return { ...element, y: label.y - baseline };
}
