/**
 * Blocks: pieces of a contest page laid out in their own coordinates (mm from the block's
 * top-left), with a height, so the flow step can stack them onto pages. Pure apart from
 * measuring text.
 */
import { moveElement } from '../../pdf/move-element.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import type { FontWeight } from '../../fonts.ts';
import type { PdfElement, TextElement } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText } from '../../pdf/text/set-text.ts';
import { createOverflowError } from '../../pdf/pdf-errors.ts';
import type { ColourName } from '../../tokens.ts';
import { CONTEST_SPACE, CONTEST_TYPE } from '../formats.ts';
import { t } from '../../i18n/t.ts';

export interface Block {
  height: number;
  elements: PdfElement[];
  /** Space above the block when it does not start a page. */
  spaceBefore: number;
  /** Never leave this block last on a page (headings). */
  keepWithNext?: boolean;
  /** Set again above this block when it has to start a new page (a table's header row). */
  repeatOnNewPage?: Block;
}

export interface TextStyle {
  font?: FontWeight;
  size?: number;
  colour?: ColourName;
  align?: 'left' | 'center';
  /** mm from the block's left edge. */
  indent?: number;
}

/** Text set into a width; wider words than the width fail with the text's source named. */
export function setBlockText(measure: TextMeasurer, text: string, source: TextSource, width: number, style: TextStyle = {}): TextElement {
  const indent = style.indent ?? 0;
  const size = style.size ?? CONTEST_TYPE.body;
  const { element, overWidth } = setText(measure, { text, source, font: style.font ?? 'regular', colour: style.colour ?? 'ink', leading: CONTEST_TYPE.leading, align: style.align }, size, indent, 0, width - indent);
  if (overWidth > 0) throw createOverflowError(source, t('pdfPlace.contestSheet'), size, overWidth);
  return element;
}

/** One text of a block; `gap` is the space above it in mm. */
export interface TextPart {
  text: string;
  source: TextSource;
  style?: TextStyle;
  gap?: number;
}

/** A stack of texts as one block, each under the previous. */
export function createTextBlock(measure: TextMeasurer, parts: readonly TextPart[], width: number, spaceBefore: number = CONTEST_SPACE.paragraph): Block {
  const elements: PdfElement[] = [];
  let y = 0;
  parts.forEach((part, i) => {
    if (i > 0) y += part.gap ?? 0.8;
    const element = setBlockText(measure, part.text, part.source, width, part.style);
    elements.push({ ...element, y });
    y += element.height;
  });
  return { height: y, elements, spaceBefore };
}

/** An outlined box (ticks, table cells): a rule-coloured rectangle with paper inside, since elements fill only. */
export function createOutline(x: number, y: number, width: number, height: number, stroke: number = CONTEST_SPACE.rule): PdfElement[] {
  return [
    { type: 'rect', x, y, width, height, fill: 'ink' },
    { type: 'rect', x: x + stroke, y: y + stroke, width: width - 2 * stroke, height: height - 2 * stroke, fill: 'paper' },
  ];
}

/** Moves an element by (dx, dy). */
export function translate(element: PdfElement, dx: number, dy: number): PdfElement {
  return moveElement(element, dx, dy);
}
