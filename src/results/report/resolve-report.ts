/**
 * The report of one period as laid-out A4 pages: title, targets and who met them, the monthly
 * chart, this year against last, then the ranking table with a bar per commune and the change
 * from a year earlier; the table runs onto more pages with its header repeated. Pure apart
 * from measuring text; render-pdf draws the boxes.
 */
import { printedContentPath } from '../../content/content-dir.ts';
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import type { PdfElement, PdfLayout, PdfPage } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText } from '../../pdf/text/set-text.ts';
import { createSampleMark } from '../../print/layout/create-sample-mark.ts';
import type { ColourName } from '../../tokens.ts';
import { createChartElements } from '../chart/create-chart-elements.ts';
import { PDF_CHART, PDF_CHART_TEXT_PT } from '../chart/chart-formats.ts';
import { createMonthlyChart, createYearOverYearChart, type ResultsChart } from '../chart/create-results-charts.ts';
import { sumFigures } from '../figures.ts';
import { formatCount, formatPeriod, formatPoints, formatShare, formatPercent } from '../format-figures.ts';
import { getMonthlySeries } from '../get-monthly-series.ts';
import { getTarget } from '../get-target.ts';
import { getPeriodEndDate, getPeriodMonths, shiftMonth, type ResultPeriod } from '../periods.ts';
import { getShares, resolveRanking } from '../resolve-ranking.ts';
import { createRankingRows } from './create-ranking-rows.ts';
import { REPORT } from './report-format.ts';

export function resolveReport(measure: TextMeasurer, content: Content, edition: Edition, period: ResultPeriod, sample: boolean): PdfLayout {
  const { page, margin, size, gap } = REPORT;
  const width = page.width - margin.left - margin.right;
  const bottom = page.height - margin.bottom;
  const source = { file: content.results.files.join(', ') || 'content/results/', field: 'results' };
  const pages: PdfElement[][] = [];
  let elements: PdfElement[] = [];
  let y = margin.top;
  let pageTop = margin.top;
  const newPage = () => {
    elements = [];
    pages.push(elements);
    y = margin.top;
    if (sample) {
      elements.push({ type: 'rect', x: margin.left, y, width, height: REPORT.samplePlate.height, fill: 'tint' });
      const plate = setText(measure, { text: t('results.report.sample'), source, font: 'bold', colour: 'brand', leading: 1, align: 'center' }, REPORT.samplePlate.size, margin.left, y + 1.5, width).element;
      elements.push(plate);
      y += REPORT.samplePlate.height + gap.paragraph;
    }
    pageTop = y;
  };
  const paragraph = (text: string, sizePt: number, font: 'regular' | 'semibold' | 'bold' = 'regular', colour: ColourName = 'ink', leading: number = REPORT.leading.body) => {
    const { element } = setText(measure, { text, source, font, colour, leading }, sizePt, margin.left, y, width);
    // A paragraph taller than a whole page stays where it starts rather than moving on for ever.
    if (y + element.height > bottom && y > pageTop) {
      newPage();
      return paragraph(text, sizePt, font, colour, leading);
    }
    elements.push(element);
    y += element.height + gap.paragraph;
  };
  const chart = (item: ResultsChart) => {
    if (y + gap.beforeHeading + 6 + item.geometry.height > bottom) newPage();
    y += gap.beforeHeading;
    paragraph(item.title, size.heading, 'semibold', 'brand');
    elements.push(...createChartElements(measure, item.geometry, { x: margin.left, y }, { textPt: PDF_CHART_TEXT_PT, source }));
    y += item.geometry.height;
  };

  newPage();
  const months = getPeriodMonths(period, content.results);
  const target = getTarget(content.site);
  const ranking = resolveRanking(content, period);
  const totals = sumFigures(content.results.communeMonths.filter((row) => months.includes(row.month)));
  const earlier = content.results.communeMonths.filter((row) => months.map((month) => shiftMonth(month, -12)).includes(row.month));
  const shares = getShares(totals);
  const title = t('results.report.title', { period: formatPeriod(period) });
  paragraph(title, size.title, 'bold', 'brand', REPORT.leading.title);
  y += gap.afterTitle;
  paragraph(`${edition.office.text} – ${edition.place.text}`, size.meta, 'regular', 'muted');
  paragraph(t('results.report.targets', { online: formatPercent(target.online), onTime: formatPercent(target.onTime) }), size.body);
  const met = ranking.filter((entry) => entry.met.both);
  paragraph(t('results.report.summary', { met: met.length, count: ranking.length, received: formatCount(totals.received), online: formatCount(totals.online), share: formatShare(shares.online) }), size.body);
  // Growth only over the same months, all of which must have last year's figures.
  if (earlier.length > 0 && new Set(earlier.map((row) => row.month)).size === months.length) {
    const before = getShares(sumFigures(earlier)).online;
    if (before !== undefined && shares.online !== undefined) {
      paragraph(t('results.report.growth', { change: formatPoints(shares.online - before), before: formatShare(before), after: formatShare(shares.online) }), size.body);
    }
  }
  paragraph(met.length > 0 ? t('results.report.metList', { names: met.map((entry) => entry.name).join(', ') }) : t('results.report.metNone'), size.body, 'semibold');

  const series = getMonthlySeries(content.results);
  const lastMonth = months.at(-1)!;
  // A month's report shows the year up to it, so the same month last year is on the chart too.
  const shown = period.kind === 'year' ? series.filter((point) => months.includes(point.month)) : series.filter((point) => point.month > shiftMonth(lastMonth, -13) && point.month <= lastMonth);
  chart(createMonthlyChart(shown, target.online, PDF_CHART, t('results.allCommunes')));
  const year = Number(lastMonth.slice(0, 4));
  if (series.some((point) => point.month.startsWith(`${year - 1}-`))) chart(createYearOverYearChart(series, year, target.online, PDF_CHART, t('results.allCommunes')));

  if (y + gap.beforeHeading + 6 + REPORT.table.headerHeight + REPORT.table.rowHeight > bottom) newPage();
  y += gap.beforeHeading;
  paragraph(`${t('results.report.ranking')} – ${formatPeriod(period)}`, size.heading, 'semibold', 'brand');
  const rows = createRankingRows(measure, ranking, source);
  let header = rows.header(margin.left, y);
  elements.push(...header.elements);
  y += header.height;
  for (const row of rows.rows) {
    if (y + REPORT.table.rowHeight > bottom) {
      newPage();
      header = rows.header(margin.left, y);
      elements.push(...header.elements);
      y += header.height;
    }
    elements.push(...row(margin.left, y));
    y += REPORT.table.rowHeight;
  }

  const footerY = page.height - REPORT.footerFromBottom;
  const files = t('results.report.source', { files: content.results.files.map((file) => printedContentPath(content.dir, file)).join(', ') });
  const laidOut: PdfPage[] = pages.map((items, index) => {
    const footer = [
      setText(measure, { text: files, source, font: 'regular', colour: 'muted', leading: 1 }, size.footer, margin.left, footerY, width - 25).element,
      setText(measure, { text: t('results.report.page', { page: index + 1, pages: pages.length }), source, font: 'regular', colour: 'muted', leading: 1 }, size.footer, margin.left + width - 25, footerY, 25).element,
    ];
    const mark = sample ? [createSampleMark(measure, { x: 0, y: 0, width: page.width, height: page.height }, source)] : [];
    const full = { x: 0, y: 0, width: page.width, height: page.height };
    return { media: { ...page }, trimBox: full, bleedBox: full, userUnit: 1, elements: [...items, ...footer, ...mark] };
  });
  return {
    meta: { title, author: edition.office.text, subject: t('results.report.subject'), keywords: sample ? 'MẪU' : '', date: getPeriodEndDate(period, content.results) },
    pages: laidOut,
  };
}
