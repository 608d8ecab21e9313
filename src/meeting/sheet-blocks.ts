/**
 * Building blocks of the A4 sheets (handouts, meeting packs), made to photocopy cleanly: black
 * text, rules and box outlines drawn as thin black rectangles, no tints or solid fills.
 * A block is laid out from y = 0; the flow (flow-sheet.ts) moves it down the page.
 */
import { moveElement } from '../pdf/move-element.ts';
import type { SourcedText, TextSource } from '../content/sourced-text.ts';
import type { FontWeight } from '../fonts.ts';
import type { PdfElement, RectElement, TextElement } from '../pdf/elements.ts';
import { setText } from '../pdf/text/set-text.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { SHEET } from './formats.ts';
import { createSheetWidthError } from './meeting-errors.ts';
import { t } from '../i18n/t.ts';

export interface SheetBlock {
  height: number;
  elements: PdfElement[];
  /** Headings stay on the page of what follows them. */
  keepWithNext?: boolean;
  /** Start a new page before this block (the pack's sign-in sheet and report form). */
  pageBreakBefore?: boolean;
  /** Where its text comes from, for the error when it is taller than a page. */
  source: TextSource;
}

export const SHEET_CONTENT = { x: SHEET.margin, width: SHEET.width - 2 * SHEET.margin };

export function setSheetText(measure: TextMeasurer, text: SourcedText, x: number, y: number, width: number, size: number, font: FontWeight = 'regular', align: 'left' | 'center' = 'left'): TextElement {
  const { element, overWidth } = setText(measure, { text: text.text, source: text.source, font, colour: 'black', leading: SHEET.leading, align }, size, x, y, width);
  if (overWidth > 0) throw createSheetWidthError(text.source, t('pdfPlace.a4Sheet'));
  return element;
}

/** A horizontal rule, as thick as `weight` mm. */
export function createRule(x: number, y: number, width: number, weight: number = SHEET.rule): RectElement {
  return { type: 'rect', x, y, width, height: weight, fill: 'black' };
}

/** An outlined box (tick box, a field to write a number in): four thin black rectangles. */
export function createOutline(x: number, y: number, width: number, height: number, weight: number = SHEET.boxStroke): RectElement[] {
  return [
    { type: 'rect', x, y, width, height: weight, fill: 'black' },
    { type: 'rect', x, y: y + height - weight, width, height: weight, fill: 'black' },
    { type: 'rect', x, y, width: weight, height, fill: 'black' },
    { type: 'rect', x: x + width - weight, y, width: weight, height, fill: 'black' },
  ];
}

export function createHeading(measure: TextMeasurer, text: SourcedText): SheetBlock {
  const element = setSheetText(measure, text, SHEET_CONTENT.x, SHEET.gap * 2, SHEET_CONTENT.width, SHEET.headingPt, 'bold');
  const ruleY = element.y + element.height + 0.5;
  return { height: ruleY + SHEET.rule + SHEET.gap, elements: [element, createRule(SHEET_CONTENT.x, ruleY, SHEET_CONTENT.width)], keepWithNext: true, source: text.source };
}

export function createParagraphBlock(measure: TextMeasurer, text: SourcedText, size: number = SHEET.bodyPt, font: FontWeight = 'regular', indent = 0): SheetBlock {
  const element = setSheetText(measure, text, SHEET_CONTENT.x + indent, 0, SHEET_CONTENT.width - indent, size, font);
  return { height: element.height + SHEET.gap / 2, elements: [element], source: text.source };
}

/** A line to tick: a box, then the text (and an optional second, lighter line under it). */
export function createCheckItem(measure: TextMeasurer, text: SourcedText, detail?: SourcedText): SheetBlock {
  const textX = SHEET_CONTENT.x + SHEET.box + 4;
  const width = SHEET_CONTENT.x + SHEET_CONTENT.width - textX;
  const main = setSheetText(measure, text, textX, 0, width, SHEET.bodyPt, detail ? 'bold' : 'regular');
  const elements: PdfElement[] = [...createOutline(SHEET_CONTENT.x, 0.8, SHEET.box, SHEET.box), main];
  let height = main.height;
  if (detail) {
    const sub = setSheetText(measure, detail, textX, main.height, width, SHEET.bodyPt);
    elements.push(sub);
    height += sub.height;
  }
  return { height: Math.max(height, SHEET.box + 1) + SHEET.gap, elements, source: detail?.source ?? text.source };
}

/** Moves a block's elements down by `dy`. */
export function shiftElements(elements: readonly PdfElement[], dy: number): PdfElement[] {
  return elements.map((element) => moveElement(element, 0, dy));
}
