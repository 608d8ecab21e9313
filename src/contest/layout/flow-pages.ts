/**
 * Stacks blocks onto pages of a contest format, then adds what every page carries: the running
 * head (contest, place, document), "Trang i/n" and, for a sample edition, the diagonal "MẪU"
 * and a line saying the data are made up. Pure: returns pages of boxes for renderPdf.
 */
import type { Edition } from '../../editions/edition.ts';
import type { PdfElement, PdfPage } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { createSampleMark } from '../../print/layout/create-sample-mark.ts';
import { t } from '../../i18n/t.ts';
import type { ContestFormat } from '../formats.ts';
import { setBlockText, translate, type Block } from './blocks.ts';

/** The message table, as the source of template text in error messages. */
export const TEMPLATE_SOURCE = { file: 'src/i18n/vi.ts', field: 'contest' } as const;

/** Top of the running head in mm: inside the top margin, below what office printers cannot reach. */
const HEAD_TOP = 6;

export interface PageFrame {
  edition: Edition;
  /** Right side of the running head: "Đề A", "Đáp án – Đề B", "Thẻ câu hỏi". */
  document: string;
}

/** Width of the text area. */
export function getContentWidth(format: ContestFormat): number {
  return format.page.width - format.margin.left - format.margin.right;
}

/** Stacks blocks, starting a page when one does not fit; a block taller than a page gets a page of its own. */
export function flowBlocks(format: ContestFormat, blocks: readonly Block[]): PdfElement[][] {
  const top = format.margin.top;
  const bottom = format.page.height - format.margin.bottom;
  const pages: PdfElement[][] = [[]];
  let y = top;
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const needed = block.height + (block.keepWithNext && next ? next.spaceBefore + next.height : 0);
    const atTop = y === top;
    let start = atTop ? y : y + block.spaceBefore;
    if (!atTop && start + needed > bottom) {
      pages.push([]);
      start = top;
      if (block.repeatOnNewPage) {
        pages.at(-1)!.push(...block.repeatOnNewPage.elements.map((element) => translate(element, format.margin.left, start)));
        start += block.repeatOnNewPage.height;
      }
    }
    pages.at(-1)!.push(...block.elements.map((element) => translate(element, format.margin.left, start)));
    y = start + block.height;
  });
  return pages;
}

/** Content pages (elements in page mm) framed into PDF pages. */
export function framePages(measure: TextMeasurer, format: ContestFormat, frame: PageFrame, contents: readonly PdfElement[][]): PdfPage[] {
  const { width, height } = format.page;
  const box = { x: 0, y: 0, width, height };
  const textWidth = getContentWidth(format);
  return contents.map((elements, i) => {
    const headY = HEAD_TOP;
    const docWidth = measure.width(frame.document, 'semibold', format.headSize);
    const head = setBlockText(measure, `${t('contest.title')} – ${frame.edition.place.text}`, frame.edition.place.source, textWidth - docWidth - 4, { size: format.headSize, colour: 'muted' });
    const doc = setBlockText(measure, frame.document, TEMPLATE_SOURCE, docWidth + 1, { size: format.headSize, font: 'semibold', colour: 'muted' });
    const foot = setBlockText(measure, t('contest.page', { page: i + 1, pages: contents.length }), TEMPLATE_SOURCE, textWidth, { size: format.headSize, colour: 'muted', align: 'center' });
    const framed: PdfElement[] = [
      translate(head, format.margin.left, headY),
      translate(doc, format.margin.left + textWidth - docWidth, headY),
      translate(foot, format.margin.left, height - format.margin.bottom + 4),
      ...elements,
    ];
    if (frame.edition.sample) {
      const note = setBlockText(measure, t('contest.sample'), frame.edition.sampleSource, textWidth, { size: format.headSize, font: 'bold', colour: 'brand' });
      framed.push(translate(note, format.margin.left, headY + head.height + 0.5));
      framed.push(createSampleMark(measure, { x: width * 0.15, y: height * 0.3, width: width * 0.7, height: height * 0.4 }, frame.edition.sampleSource));
    }
    return { media: { width, height }, trimBox: box, bleedBox: box, userUnit: 1, elements: framed };
  });
}
