import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../src/results/chart/layout-bar-chart.ts';
import { layoutColumnChart } from '../../src/results/chart/layout-column-chart.ts';
import { layoutLineChart } from '../../src/results/chart/layout-line-chart.ts';
import { renderChartSvg } from '../../src/results/chart/render-chart-svg.ts';

// A plot 160 units tall (200 − 10 top − 30 bottom) and 200 wide (250 − 40 left − 10 right).
const frame = { width: 250, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 40 } };
const text = { textGap: 4, textSize: 12 };

describe('column chart of shares per month', () => {
  const chart = layoutColumnChart([{ label: 'T1', value: 85 }, { label: 'T2', value: 50 }, { label: 'T3', value: undefined }], { frame, target: { value: 80, label: 'Chỉ tiêu 80%' }, ...text });

  it('makes a bar of 85% exactly 85% of the plot tall, standing on the axis', () => {
    expect(chart.bars[0]!.height).toBeCloseTo(136, 6);
    expect(chart.bars[0]!.y + chart.bars[0]!.height).toBeCloseTo(170, 6);
    expect(chart.bars[1]!.height).toBeCloseTo(80, 6);
  });

  it('draws a month without figures as no bar at all', () => {
    expect(chart.bars[2]!.height).toBe(0);
  });

  it('puts the 80% target line 32 units below the top of the plot', () => {
    expect(chart.target!.rule.y1).toBeCloseTo(10 + 160 * 0.2, 6);
    expect(chart.target!.rule.x2 - chart.target!.rule.x1).toBe(200);
  });

  it('marks the bars that reach the target', () => {
    expect(chart.bars.map((bar) => bar.meetsTarget)).toEqual([true, false, false]);
  });

  it('gives every bar the same width within the plot, with gaps between', () => {
    const [a, b] = chart.bars;
    expect(a!.width).toBeCloseTo(b!.width, 6);
    expect(b!.x - (a!.x + a!.width)).toBeGreaterThan(0);
    expect(a!.x).toBeGreaterThanOrEqual(40);
  });
});

describe('bar chart of communes', () => {
  const chart = layoutBarChart([{ label: 'xã A', value: 50 }, { label: 'xã B', value: 90, target: 95 }], { frame: { width: 250, margin: frame.margin }, rowHeight: 20, target: { value: 80, label: 'Chỉ tiêu' }, ...text });

  it('grows with its rows and makes a bar of 50% half the plot wide', () => {
    expect(chart.height).toBe(10 + 2 * 20 + 30);
    expect(chart.bars[0]!.width).toBeCloseTo(100, 6);
  });

  it('judges each commune against its own target', () => {
    expect(chart.bars[1]!.meetsTarget).toBe(false);
    expect(chart.target!.rule.x1).toBeCloseTo(40 + 160, 6);
  });
});

describe('line chart of this year over last year', () => {
  const chart = layoutLineChart([{ name: '2026', values: [50, 60, undefined, 70] }, { name: '2025', values: [40, 45, 50, 55] }], { frame, categories: ['1', '2', '3', '4'], ...text, legendSample: 20 });

  it('breaks the line where a month has no figures', () => {
    expect(chart.series[0]!.runs.map((run) => run.length)).toEqual([2, 1]);
    expect(chart.series[0]!.d.match(/M/g)).toHaveLength(2);
  });

  it('puts 50% halfway up the plot and dashes the second year', () => {
    expect(chart.series[0]!.points[0]!.y).toBeCloseTo(90, 6);
    expect(chart.series.map((series) => series.dashed)).toEqual([false, true]);
  });
});

describe('SVG markup', () => {
  it('names the chart with a title and description for screen readers, and escapes text', () => {
    const chart = layoutColumnChart([{ label: 'T1 <b>', value: 85 }], { frame, ...text });
    const svg = renderChartSvg(chart, { id: 'c', title: 'Tỷ lệ & chỉ tiêu', desc: 'Mô tả', textSize: 12 });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Tỷ lệ &amp; chỉ tiêu</title><desc id="c-desc">Mô tả</desc>');
    expect(svg).toContain('T1 &lt;b&gt;');
    expect(svg).toContain('height="136"');
  });
});
