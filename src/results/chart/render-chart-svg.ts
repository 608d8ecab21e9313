/**
 * A chart as inline SVG markup, drawn at build time from its geometry: no browser, no script.
 * role="img" with <title> and <desc> names it for screen readers (WAI-ARIA Graphics, SVG-AAM);
 * the data table beside it carries every number. Colours from the token table.
 */
import { colours } from '../../tokens.ts';
import type { ChartGeometry, ChartLabel, ChartRule } from './chart-geometry.ts';

export interface SvgChartText {
  /** Unique on the page: ids of the title and description. */
  id: string;
  title: string;
  desc: string;
  /** Label size in viewBox units. */
  textSize: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (value: number) => String(Math.round(value * 100) / 100);
const rule = (r: ChartRule, attributes: string) => `<line x1="${n(r.x1)}" y1="${n(r.y1)}" x2="${n(r.x2)}" y2="${n(r.y2)}" ${attributes}/>`;
const label = (l: ChartLabel, fill: string) => `<text x="${n(l.x)}" y="${n(l.y)}" text-anchor="${l.anchor}" fill="${fill}">${escape(l.text)}</text>`;

export function renderChartSvg(chart: ChartGeometry, text: SvgChartText): string {
  const { ink, muted, brand, rule: grey, paper } = { ink: colours.ink.rgb, muted: colours.muted.rgb, brand: colours.brand.rgb, rule: colours.rule.rgb, paper: colours.paper.rgb };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" font-size="${text.textSize}" font-family="system-ui, sans-serif">`,
    `<title id="${text.id}-title">${escape(text.title)}</title>`,
    `<desc id="${text.id}-desc">${escape(text.desc)}</desc>`,
    `<g aria-hidden="true">`,
    ...chart.gridlines.map((line) => rule(line, `stroke="${grey}" stroke-width="0.5"`)),
    ...chart.bars.map((bar) => `<rect x="${n(bar.x)}" y="${n(bar.y)}" width="${n(bar.width)}" height="${n(bar.height)}" fill="${bar.meetsTarget ? brand : muted}"/>`),
    ...chart.series.map((series) => `<path d="${series.d}" fill="none" stroke="${series.dashed ? muted : brand}" stroke-width="2.5"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`),
    ...chart.series.flatMap((series) => series.points.map((point) => `<circle cx="${n(point.x)}" cy="${n(point.y)}" r="3" fill="${series.dashed ? paper : brand}" stroke="${series.dashed ? muted : brand}" stroke-width="1.5"/>`)),
    ...(chart.target ? [rule(chart.target.rule, `stroke="${ink}" stroke-width="1.5" stroke-dasharray="5 3"`), label(chart.target.label, ink)] : []),
    ...chart.yLabels.map((l) => label(l, muted)),
    ...chart.xLabels.map((l) => label(l, muted)),
    // A value inside a bar's end is white on red; outside it is ink on paper.
    ...chart.barLabels.map((l, i) => label(l, i % 2 === 1 && l.anchor === 'end' ? paper : ink)),
    ...chart.legend.flatMap((entry) => [rule(entry.sample, `stroke="${entry.dashed ? muted : brand}" stroke-width="2.5"${entry.dashed ? ' stroke-dasharray="6 4"' : ''}`), label(entry.label, ink)]),
    `</g>`,
    `</svg>`,
  ];
  return parts.join('');
}
