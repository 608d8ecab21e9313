/**
 * The black-and-white photocopy edition of a leaflet (issue 12): the colour leaflet's layout
 * turned into something a commune office copier prints cleanly. White cover, no solid areas
 * (a copier bands and smears them), 100% K only (no grey screen to break up), and colour
 * distinctions replaced by thicker rules: each tinted or red panel gets a black frame, step
 * discs become rings, the cover's yellow rule a heavy line. The page is the A4 trim itself
 * (no bleed, no crop marks in registration colour); text already keeps 5 mm from every edge,
 * inside a copier's unprintable margin.
 */
import type { Box, PdfElement, PdfLayout, PdfPage, RectElement } from '../../pdf/elements.ts';
import { moveElement } from '../../pdf/move-element.ts';
import { FOLD_OVERRUN, LEAFLET } from '../formats.ts';
import { getFoldPositions } from './resolve-leaflet-panels.ts';
import { getSlugMargin } from './resolve-sheet.ts';

export const MONO = {
  /** A panel's frame: this far inside the trim and the folds, clear of the 5 mm safe margin's text. */
  frameInset: 2.5,
  frameWeightPt: 1.5,
  /** Strokes (pictogram, chart-like lines) are this much heavier than in colour. */
  strokeScale: 1.5,
  /** A disc wider than this (step numbers) becomes a ring; smaller ones (bullets) stay solid. */
  ringMinRadius: 1.5,
  ringWeightPt: 1.2,
  /** A filled rectangle smaller than this (mm²) is a rule, drawn as a line; larger is a background. */
  ruleMaxArea: 60,
} as const;

export function toMonoLayout(layout: PdfLayout, format = LEAFLET): PdfLayout {
  const sides = ['outside', 'inside'] as const;
  return { ...layout, meta: { ...layout.meta }, pages: layout.pages.map((page, i) => toMonoPage(page, format, [0, ...getFoldPositions(sides[i] ?? 'inside', format), format.trim.width])) };
}

function toMonoPage(page: PdfPage, format: typeof LEAFLET, edges: number[]): PdfPage {
  const margin = getSlugMargin(format);
  const trim: Box = { x: 0, y: 0, width: format.trim.width, height: format.trim.height };
  const elements = page.elements.flatMap((element) => (element.type === 'mark' ? [] : toMono(moveElement(element, -margin, -margin), trim, edges)));
  return { media: { width: trim.width, height: trim.height }, trimBox: trim, bleedBox: trim, userUnit: 1, elements };
}

function toMono(element: PdfElement, trim: Box, edges: number[]): PdfElement[] {
  switch (element.type) {
    case 'rect':
      return rectToMono(element, trim, edges);
    case 'circle':
      if (element.r <= MONO.ringMinRadius) return [{ ...element, fill: 'ink' }];
      return [{ type: 'path', points: ring(element.cx, element.cy, element.r), colour: 'ink', weightPt: MONO.ringWeightPt }];
    case 'text':
      return [{ ...element, colour: 'ink' }];
    case 'line':
    case 'path':
      return [{ ...element, colour: 'ink', weightPt: element.weightPt * MONO.strokeScale }];
    default:
      return [element];
  }
}

/** White rectangles vanish on white paper; backgrounds become frames, small fills (rules) lines. */
function rectToMono(rect: RectElement, trim: Box, edges: number[]): PdfElement[] {
  if (rect.fill === 'paper') return [];
  const x1 = Math.max(rect.x, trim.x);
  const y1 = Math.max(rect.y, trim.y);
  const x2 = Math.min(rect.x + rect.width, trim.x + trim.width);
  const y2 = Math.min(rect.y + rect.height, trim.y + trim.height);
  if (x2 <= x1 || y2 <= y1) return [];
  if ((x2 - x1) * (y2 - y1) <= MONO.ruleMaxArea) {
    const y = (y1 + y2) / 2;
    return [{ type: 'line', x1, y1: y, x2, y2: y, colour: 'ink', weightPt: Math.max(MONO.frameWeightPt, ((y2 - y1) * 72) / 25.4) }];
  }
  // A background running past a fold (FOLD_OVERRUN) is framed at its panel: inset from the nearest fold or trim.
  const i = MONO.frameInset;
  const snap = (x: number) => edges.find((edge) => Math.abs(edge - x) <= FOLD_OVERRUN + 1e-6) ?? x;
  const left = snap(x1) + i;
  const right = snap(x2) - i;
  const top = y1 + i;
  const bottom = y2 - i;
  return [{ type: 'path', points: [[left, top], [right, top], [right, bottom], [left, bottom], [left, top]], colour: 'ink', weightPt: MONO.frameWeightPt }];
}

function ring(cx: number, cy: number, r: number): [number, number][] {
  return Array.from({ length: 33 }, (_, k) => {
    const angle = (k / 32) * 2 * Math.PI;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as [number, number];
  });
}
