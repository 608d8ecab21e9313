/**
 * The charts of the results pages and report, from the figures: one function per chart, each
 * returning its geometry for a format (screen or A4) and the words that describe it.
 */
import { t } from '../../i18n/t.ts';
import type { MonthPoint } from '../get-monthly-series.ts';
import { formatMonth, formatMonthShort, formatShare, formatPercent } from '../format-figures.ts';
import type { RankingEntry } from '../resolve-ranking.ts';
import type { ChartGeometry } from './chart-geometry.ts';
import type { ChartFormat } from './chart-formats.ts';
import { layoutBarChart, type BarDatum } from './layout-bar-chart.ts';
import { layoutColumnChart } from './layout-column-chart.ts';
import { layoutLineChart } from './layout-line-chart.ts';

export interface ResultsChart {
  geometry: ChartGeometry;
  title: string;
  /** One or two sentences a screen reader reads for the picture (the table has the numbers). */
  desc: string;
}

const frameOf = (format: ChartFormat, margin = format.margin) => ({ width: format.width, height: format.height, margin });
const targetLabel = (value: number) => t('results.chart.target', { share: formatPercent(value) });

/** Share filed online per month, against the target. */
export function createMonthlyChart(points: readonly MonthPoint[], target: number, format: ChartFormat, place: string): ResultsChart {
  const geometry = layoutColumnChart(points.map((point) => ({ label: formatMonthShort(point.month), value: point.online })), {
    frame: frameOf(format),
    target: { value: target, label: targetLabel(target) },
    labelEvery: points.length > 12 ? format.labelEvery : Math.min(format.labelEvery, 2),
    textGap: format.textGap,
    textSize: format.textSize,
  });
  const first = points[0];
  const last = points.at(-1);
  const met = points.filter((point) => (point.online ?? 0) >= target).length;
  return {
    geometry,
    title: t('results.chart.monthly', { place }),
    desc: first && last
      ? t('results.chart.monthlyDesc', { from: formatMonth(first.month), to: formatMonth(last.month), first: formatShare(first.online), last: formatShare(last.online), target: formatPercent(target), met, months: points.length })
      : t('results.none'),
  };
}

/** Communes ranked by share filed online, with the general target. */
export function createRankingChart(ranking: readonly RankingEntry[], target: number, format: ChartFormat, period: string): ResultsChart {
  return createBars(ranking.map((entry) => ({ label: entry.name, value: entry.shares.online, target: entry.target.online })), target, format, t('results.chart.ranking', { period }), ranking[0]
    ? t('results.chart.rankingDesc', { count: ranking.length, best: ranking[0].name, bestShare: formatShare(ranking[0].shares.online), met: ranking.filter((entry) => entry.met.online).length })
    : t('results.none'));
}

/** A commune's registered procedures by share filed online. */
export function createProcedureChart(items: readonly { title: string; share: number | undefined }[], target: number, format: ChartFormat, period: string): ResultsChart {
  return createBars(items.map((item) => ({ label: item.title, value: item.share })), target, format, t('results.chart.procedures', { period }), t('results.chart.proceduresDesc', { count: items.length, target: formatPercent(target) }));
}

function createBars(data: BarDatum[], target: number, format: ChartFormat, title: string, desc: string): ResultsChart {
  const geometry = layoutBarChart(data, {
    frame: { width: format.width, margin: { ...format.margin, left: format.barLabelWidth, right: format.margin.right + format.textSize * 3 } },
    rowHeight: format.rowHeight,
    target: { value: target, label: targetLabel(target) },
    textGap: format.textGap,
    textSize: format.textSize,
  });
  return { geometry, title, desc };
}

/** A commune's months of `year` over the same months a year earlier. */
export function createYearOverYearChart(points: readonly MonthPoint[], year: number, target: number, format: ChartFormat, place: string): ResultsChart {
  const byMonth = (y: number) => Array.from({ length: 12 }, (_, i) => points.find((point) => point.month === `${y}-${String(i + 1).padStart(2, '0')}`)?.online);
  const geometry = layoutLineChart([{ name: String(year), values: byMonth(year) }, { name: String(year - 1), values: byMonth(year - 1) }], {
    frame: { ...frameOf(format), margin: { ...format.margin, bottom: format.margin.bottom + format.textSize + format.textGap * 2 } },
    categories: Array.from({ length: 12 }, (_, i) => String(i + 1)),
    target: { value: target, label: targetLabel(target) },
    textGap: format.textGap,
    textSize: format.textSize,
    legendSample: format.legendSample,
  });
  return { geometry, title: t('results.chart.yearOverYear', { place, year, previous: year - 1 }), desc: t('results.chart.yearOverYearDesc', { year, previous: year - 1, target: formatPercent(target) }) };
}
