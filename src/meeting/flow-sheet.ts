/**
 * Flows sheet blocks down A4 pages: each page gets the header's space at the top and a footer
 * ("Cập nhật ngày …", page n/N, MẪU on samples); a block that does not fit starts the next page,
 * a heading goes with its first item, and a block taller than a page fails naming its field.
 */
import type { TextSource } from '../content/sourced-text.ts';
import { t } from '../i18n/t.ts';
import type { PdfElement, PdfPage } from '../pdf/elements.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { SHEET } from './formats.ts';
import { createSheetOverflowError } from './meeting-errors.ts';
import { createOutline, createRule, setSheetText, SHEET_CONTENT, shiftElements, type SheetBlock } from './sheet-blocks.ts';

export interface SheetFooter {
  /** "Cập nhật ngày 20/11/2026" */
  updated: string;
  source: TextSource;
  /** The file whose `sample: true` makes this a sample: "MẪU" at the top of every page. */
  sample?: TextSource;
  place: string;
}

const TOP = SHEET.margin;
const BOTTOM = SHEET.height - SHEET.margin - SHEET.footer;

export function flowSheet(measure: TextMeasurer, blocks: readonly SheetBlock[], footer: SheetFooter): PdfPage[] {
  const pages: PdfElement[][] = [];
  let page: PdfElement[] = [];
  let y = TOP;
  const newPage = () => {
    pages.push((page = []));
    y = TOP;
  };
  newPage();
  blocks.forEach((block, i) => {
    if (block.height > BOTTOM - TOP) throw createSheetOverflowError(block.source, footer.place);
    const next = blocks[i + 1];
    const needed = block.keepWithNext && next ? block.height + next.height : block.height;
    if ((block.pageBreakBefore || y + needed > BOTTOM) && y > TOP) newPage();
    page.push(...shiftElements(block.elements, y));
    y += block.height;
  });
  const box = { x: 0, y: 0, width: SHEET.width, height: SHEET.height };
  return pages.map((elements, index) => ({
    media: { width: SHEET.width, height: SHEET.height },
    trimBox: box,
    bleedBox: box,
    userUnit: 1,
    elements: [...elements, ...createFooter(measure, footer, index + 1, pages.length)],
  }));
}

function createFooter(measure: TextMeasurer, footer: SheetFooter, n: number, total: number): PdfElement[] {
  const ruleY = SHEET.height - SHEET.margin - SHEET.footer + 2;
  const updated = setSheetText(measure, { text: footer.updated, source: footer.source }, SHEET_CONTENT.x, ruleY + 2, SHEET_CONTENT.width * 0.7, SHEET.smallPt, 'semibold');
  const pageText = t('meeting.page', { n, total });
  const pageWidth = measure.width(pageText, 'regular', SHEET.smallPt);
  const number = setSheetText(measure, { text: pageText, source: footer.source }, SHEET_CONTENT.x + SHEET_CONTENT.width - pageWidth - 1, ruleY + 2, pageWidth + 1, SHEET.smallPt);
  const elements: PdfElement[] = [createRule(SHEET_CONTENT.x, ruleY, SHEET_CONTENT.width, 0.4), updated, number];
  if (footer.sample) {
    // Top-right corner, above the first block's space: outlined, black, no fill.
    const width = 24;
    const mark = setSheetText(measure, { text: t('meeting.sample'), source: footer.sample }, SHEET.width - SHEET.margin - width, 3, width, 20, 'extrabold', 'center');
    elements.push(...createOutline(SHEET.width - SHEET.margin - width, 2.5, width, SHEET.margin - 4, 0.6), { ...mark, y: 2.5 + (SHEET.margin - 4 - mark.height) / 2 });
  }
  return elements;
}
