/**
 * Puts a page laid out on the trim onto its press sheet: adds the slug around the bleed,
 * trims backgrounds to the bleed, draws crop marks outside the bleed and dashed fold marks
 * in the slug, and records TrimBox, BleedBox and (for huge banners) UserUnit.
 */
import { moveElement } from '../../pdf/move-element.ts';
import type { SheetFormat } from '../formats.ts';
import { getUserUnit } from '../../pdf/units.ts';
import type { Box, MarkElement, PdfElement, PdfPage, TrimPage } from '../../pdf/elements.ts';

/** Media margin beyond the trim: the crop marks' offset plus their length. */
export function getSlugMargin(format: SheetFormat): number {
  return format.marks.offset + format.marks.length;
}

export function resolveSheet(page: TrimPage, format: SheetFormat, folds: readonly number[] = []): PdfPage {
  const margin = getSlugMargin(format);
  const { width, height } = page.trim;
  const media = { width: width + 2 * margin, height: height + 2 * margin };
  const trimBox: Box = { x: margin, y: margin, width, height };
  const bleedBox: Box = { x: margin - format.bleed, y: margin - format.bleed, width: width + 2 * format.bleed, height: height + 2 * format.bleed };
  const elements = page.elements.map((element) => clampToBleed(shift(element, margin), bleedBox));
  return {
    media,
    trimBox,
    bleedBox,
    userUnit: getUserUnit(media.width, media.height),
    elements: [...elements, ...createCropMarks(trimBox, format), ...createFoldMarks(trimBox, media, folds, format)],
  };
}

function shift(element: PdfElement, by: number): PdfElement {
  return moveElement(element, by, by);
}

/** Backgrounds are laid out generously past the trim; the press only wants them to the bleed. */
function clampToBleed(element: PdfElement, bleed: Box): PdfElement {
  if (element.type !== 'rect') return element;
  const x1 = Math.max(element.x, bleed.x);
  const y1 = Math.max(element.y, bleed.y);
  const x2 = Math.min(element.x + element.width, bleed.x + bleed.width);
  const y2 = Math.min(element.y + element.height, bleed.y + bleed.height);
  return { ...element, x: x1, y: y1, width: Math.max(0, x2 - x1), height: Math.max(0, y2 - y1) };
}

/** Two marks at each corner, on the trim lines, starting `offset` outside the trim. */
export function createCropMarks(trim: Box, format: SheetFormat): MarkElement[] {
  const { offset, length, weightPt } = format.marks;
  const left = trim.x;
  const right = trim.x + trim.width;
  const top = trim.y;
  const bottom = trim.y + trim.height;
  const marks: MarkElement[] = [];
  for (const y of [top, bottom]) {
    marks.push({ type: 'mark', x1: left - offset - length, y1: y, x2: left - offset, y2: y, weightPt });
    marks.push({ type: 'mark', x1: right + offset, y1: y, x2: right + offset + length, y2: y, weightPt });
  }
  for (const x of [left, right]) {
    marks.push({ type: 'mark', x1: x, y1: top - offset - length, x2: x, y2: top - offset, weightPt });
    marks.push({ type: 'mark', x1: x, y1: bottom + offset, x2: x, y2: bottom + offset + length, weightPt });
  }
  return marks;
}

/** Dashed marks in the slug above and below each fold, clear of the bleed. */
export function createFoldMarks(trim: Box, media: { height: number }, folds: readonly number[], format: SheetFormat): MarkElement[] {
  const { offset, weightPt, foldDash } = format.marks;
  return folds.flatMap((fold) => {
    const x = trim.x + fold;
    return [
      { type: 'mark' as const, x1: x, y1: 0, x2: x, y2: trim.y - offset, weightPt, dash: foldDash },
      { type: 'mark' as const, x1: x, y1: trim.y + trim.height + offset, x2: x, y2: media.height, weightPt, dash: foldDash },
    ];
  });
}
