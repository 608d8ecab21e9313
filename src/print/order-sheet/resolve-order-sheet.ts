/**
 * The print-shop order sheet ("Phiếu đặt in") of one edition: A4 landscape pages of boxes in mm
 * (ORDER_SHEET), drawn by src/pdf/render-pdf.ts like every other print file. Each press file of
 * the edition is a row: name, trimmed size, paper and weight, fold, sides and flip edge, colour
 * and suggested quantity, the press facts from formats.ts PRESS, the quantities from
 * quantity-rules.ts, whose rules the last page states.
 */
import { printedContentPath } from '../../content/content-dir.ts';
import type { Content } from '../../content/load-content.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import type { PdfElement, PdfLayout, PdfPage } from '../../pdf/elements.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { ptToMm } from '../../pdf/units.ts';
import { getEditionCataloguePath, routes } from '../../paths.ts';
import { ORDER_SHEET as SHEET } from '../formats.ts';
import { getJobDate } from '../get-job-date.ts';
import { getReviewedLine } from '../get-reviewed-line.ts';
import type { PrintFileEntry } from '../print-catalogue.ts';
import { getNewestReviewed } from '../resolve-print-job.ts';
import { fitLine, type LineSpec } from './fit-line.ts';
import { getOrderRows, getOrderRuleUses, getPressEntries, type OrderFileRow, type OrderRow, type OrderRuleUse } from './get-order-rows.ts';
import { getRowHeight, paginateOrderSheet } from './paginate-order-sheet.ts';
import { QUANTITY_RULES } from './quantity-rules.ts';

const TEMPLATE: TextSource = { file: 'src/i18n/vi.ts', field: 'order' };
const COLUMNS = Object.entries(SHEET.columns) as [keyof typeof SHEET.columns, number][];
const LEFT = SHEET.safe;
const WIDTH = SHEET.trim.width - 2 * SHEET.safe;
const number = new Intl.NumberFormat('vi-VN');

export function resolveOrderSheet(measure: TextMeasurer, content: Content, edition: Edition, files: readonly PrintFileEntry[]): PdfLayout {
  const rows = getOrderRows(content, edition, files);
  const rules = getOrderRuleUses(files);
  const split = paginateOrderSheet(rows.map((row) => row.type), rules.length);
  const dates = getPressEntries(files).map((entry) => getJobDate(content, entry.job)).sort();
  const date = dates.at(-1) ?? getNewestReviewed(content);
  const pages = split.map((page, i): PdfPage => {
    const ctx = { measure, content, edition, page: i + 1, pages: split.length };
    const top = SHEET.safe + (i === 0 ? SHEET.header.first : SHEET.header.next);
    const elements: PdfElement[] = [...(i === 0 ? createFirstHeader(ctx, date, rows) : createNextHeader(ctx))];
    let y = top;
    if (page.rows.length > 0) {
      elements.push(...createColumnHeads(measure, y));
      y += SHEET.head;
      for (const index of page.rows) {
        const row = rows[index]!;
        elements.push(...createRow(measure, row, y));
        y += getRowHeight(row.type);
      }
    } else y += SHEET.head;
    if (page.legend) elements.push(...createLegend(measure, rules, content.communes.length, y));
    elements.push(...createFooter(ctx));
    const box = { x: 0, y: 0, ...SHEET.trim };
    return { media: { ...SHEET.trim }, trimBox: box, bleedBox: box, userUnit: 1, elements };
  });
  return {
    meta: { title: t('order.pdfTitle', { suffix: edition.titleSuffix }), author: edition.office.text, subject: t('order.subject'), date },
    pages,
  };
}

interface Context {
  measure: TextMeasurer;
  content: Content;
  edition: Edition;
  page: number;
  pages: number;
}

function line(text: string, font: LineSpec['font'], range: LineSpec['range'], source: TextSource, column: string, fix = t('order.error.textFix')): LineSpec {
  return { text, font, range, source, column, fix };
}

function createFirstHeader({ measure, content, edition }: Context, date: string, rows: readonly OrderRow[]): PdfElement[] {
  const wide = WIDTH * 0.75;
  const { type } = SHEET;
  const title = t('order.title');
  const editionLine = edition.ref.kind === 'office' ? t('order.editionOffice', { office: edition.office.text }) : t('order.edition', { edition: edition.name.text, office: edition.office.text });
  const folder = getEditionCataloguePath(routes.print, edition.ref).replace(/^\//, '');
  const files = rows.filter((row) => row.type === 'file').length;
  const dated = t('order.dated', { reviewed: getReviewedLine(date, TEMPLATE).text, folder, files });
  const note = getQuantityNote(content, edition);
  return [
    // 1 mm down: the font's ascent (Vietnamese stacked marks) reaches past the em box setText places.
    fitLine(measure, line(title, 'bold', type.title, TEMPLATE, title), LEFT, SHEET.safe + 1, wide),
    fitLine(measure, line(editionLine, 'semibold', type.edition, edition.name.source, title), LEFT, SHEET.safe + 9, wide),
    fitLine(measure, line(dated, 'regular', type.note, TEMPLATE, title), LEFT, SHEET.safe + 15, wide),
    fitText(measure, { text: note.text, source: note.source, font: 'regular', colour: 'ink', leading: SHEET.leading }, type.note, { x: LEFT, y: SHEET.safe + 21, width: wide, height: SHEET.header.first - 23 }, 'order sheet header'),
    ...createSampleWord(measure, edition, SHEET.type.sample.first),
  ];
}

function createNextHeader({ measure, edition }: Context): PdfElement[] {
  const text = t('order.continued', { title: `${t('order.title')}${edition.titleSuffix}` });
  return [fitLine(measure, line(text, 'semibold', SHEET.type.edition, edition.name.source, t('order.title')), LEFT, SHEET.safe + 1, WIDTH * 0.75), ...createSampleWord(measure, edition, SHEET.type.sample.next)];
}

/** Sample editions say "MẪU" at the top right of every page, in red, upright (the stamp of the pieces would cross the table). */
function createSampleWord(measure: TextMeasurer, edition: Edition, size: number): PdfElement[] {
  if (!edition.sample) return [];
  const word = t('sample.mark');
  const box = WIDTH * 0.2;
  return [fitLine(measure, { ...line(word, 'extrabold', { max: size, min: size }, edition.sampleSource, word), colour: 'brand', align: 'right' }, LEFT + WIDTH - box, SHEET.safe + 1, box)];
}

/** What the quantities rest on: the commune's hamlets, how to add them, or why the office's have none. */
function getQuantityNote(content: Content, edition: Edition): { text: string; source: TextSource } {
  if (edition.ref.kind === 'office') return { text: t('order.office', { office: edition.office.text, communes: content.communes.length }), source: edition.office.source };
  const hamlets = edition.hamlets;
  const file = printedContentPath(content.dir, edition.file);
  if (!hamlets) return { text: t('order.noHamlets', { file }), source: { file: edition.file, field: 'hamlets' } };
  const households = hamlets.households === undefined ? '' : t('order.households', { households: number.format(hamlets.households) });
  return { text: t('order.hamlets', { file, count: hamlets.count, households }), source: hamlets.source };
}

function getColumnX(column: keyof typeof SHEET.columns): number {
  let x = LEFT;
  for (const [name, width] of COLUMNS) {
    if (name === column) return x;
    x += width;
  }
  throw new Error(`order sheet: no column ${column}`);
}

function createColumnHeads(measure: TextMeasurer, y: number): PdfElement[] {
  const elements: PdfElement[] = [{ type: 'rect', x: LEFT, y, width: WIDTH, height: SHEET.head, fill: 'tint' }];
  for (const [name, width] of COLUMNS) {
    const text = t(`order.col.${name}`);
    const top = y + (SHEET.head - ptToMm(SHEET.type.head * SHEET.leading)) / 2;
    elements.push(fitLine(measure, line(text, 'bold', { max: SHEET.type.head, min: SHEET.type.cell.min }, TEMPLATE, text), getColumnX(name) + SHEET.padding, top, width - 2 * SHEET.padding));
  }
  elements.push({ type: 'line', x1: LEFT, y1: y + SHEET.head, x2: LEFT + WIDTH, y2: y + SHEET.head, colour: 'ink', weightPt: 0.75 });
  return elements;
}

function createRow(measure: TextMeasurer, row: OrderRow, y: number): PdfElement[] {
  if (row.type === 'group') {
    const top = y + (SHEET.group - ptToMm(SHEET.type.group.max * SHEET.leading)) / 2;
    return [
      { type: 'rect', x: LEFT, y, width: WIDTH, height: SHEET.group, fill: 'tint' },
      fitLine(measure, line(row.text, 'bold', SHEET.type.group, row.source, t('order.col.file')), LEFT + SHEET.padding, top, WIDTH - 2 * SHEET.padding),
    ];
  }
  const elements: PdfElement[] = [];
  const lineHeight = ptToMm(SHEET.type.cell.max * SHEET.leading);
  for (const [name, width] of COLUMNS) {
    getCellLines(row, name).forEach((cell, k) => {
      elements.push(fitLine(measure, { ...cell, range: SHEET.type.cell, column: t(`order.col.${name}`) }, getColumnX(name) + SHEET.padding, y + SHEET.padding + k * lineHeight, width - 2 * SHEET.padding));
    });
  }
  elements.push({ type: 'line', x1: LEFT, y1: y + SHEET.row, x2: LEFT + WIDTH, y2: y + SHEET.row, colour: 'rule', weightPt: 0.3 });
  return elements;
}

type Cell = Omit<LineSpec, 'range' | 'column'>;

/** The lines of one cell of a file's row, top to bottom. */
function getCellLines(row: OrderFileRow, column: keyof typeof SHEET.columns): Cell[] {
  const plain = (text: string, font: Cell['font'] = 'regular'): Cell => ({ text, font, source: TEMPLATE, fix: t('order.error.textFix') });
  const { press, entry, quantity } = row;
  switch (column) {
    case 'index':
      return [plain(String(row.index))];
    case 'file':
      return [
        { text: row.name, font: 'semibold', source: row.source, fix: t('order.error.fileNameFix') },
        plain(entry.pages > 1 ? t('order.pages', { label: entry.label, pages: entry.pages }) : entry.label),
      ];
    case 'trim':
      return [plain(t('order.trim', { width: entry.trim.width, height: entry.trim.height }))];
    case 'paper':
      return [plain(t(`order.paper.${press.paper}`)), plain(t('order.weight', { weight: press.weight }))];
    case 'fold':
      return [plain(t(`order.fold.${press.fold}`))];
    case 'sides':
      return press.sides === 2 && press.flip ? [plain(t('order.sides.2')), plain(t(`order.flip.${press.flip}`))] : [plain(t(`order.sides.${press.sides}`))];
    case 'colour':
      return [plain(t(`order.colour.${press.colour}`))];
    case 'quantity': {
      if (quantity.kind === 'none') return [plain(t('order.notSuggested'), 'semibold'), plain(t('order.seeNote'))];
      const unit = row.job.kind === 'banner' ? t('order.unit.banner') : t('order.unit.sheet');
      return [plain(t('order.quantity', { count: number.format(quantity.count), unit }), 'bold')];
    }
  }
}

function createLegend(measure: TextMeasurer, uses: readonly OrderRuleUse[], communes: number, y: number): PdfElement[] {
  const heading = t('order.legend');
  const elements: PdfElement[] = [fitLine(measure, line(heading, 'bold', SHEET.type.legend, TEMPLATE, heading), LEFT, y + 2, WIDTH)];
  uses.forEach((use, i) => {
    elements.push(fitLine(measure, line(getRuleText(use, communes), 'regular', SHEET.type.legend, TEMPLATE, heading), LEFT, y + SHEET.legend.heading + i * SHEET.legend.line, WIDTH));
  });
  return elements;
}

export function getRuleText(use: OrderRuleUse, communes: number): string {
  const rule = QUANTITY_RULES[use.key];
  const product = use.product;
  if (rule.basis === 'communes') return t('order.rule.communes', { product, perCommune: rule.perCommune, communes });
  if (rule.basis === 'hamlets') return rule.perHamlet === 0 && rule.centre === 0 ? t('order.rule.zero', { product }) : t('order.rule.hamlets', { product, perHamlet: rule.perHamlet, centre: rule.centre });
  return t('order.rule.households', { product, householdsPerCopy: number.format(1 / rule.perHousehold), perHamlet: rule.perHamlet, centre: rule.centre, roundTo: rule.roundTo });
}

function createFooter({ measure, edition, page, pages }: Context): PdfElement[] {
  const y = SHEET.trim.height - SHEET.safe - SHEET.footer + 2;
  const left = `${t('order.title')}${edition.titleSuffix}`;
  const right = t('order.page', { page, pages });
  return [
    { type: 'line', x1: LEFT, y1: y - 1, x2: LEFT + WIDTH, y2: y - 1, colour: 'rule', weightPt: 0.3 },
    fitLine(measure, line(left, 'regular', SHEET.type.legend, edition.name.source, left), LEFT, y, WIDTH * 0.7),
    fitLine(measure, { ...line(right, 'regular', SHEET.type.legend, TEMPLATE, right), align: 'right' }, LEFT + WIDTH * 0.7, y, WIDTH * 0.3),
  ];
}
