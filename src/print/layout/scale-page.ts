/**
 * Scales a page laid out on the trim: A2, A1 and A0 posters are the A3 layout enlarged
 * (ISO 216 sizes share one aspect ratio), so one reviewed layout serves all four. Bleed and
 * marks are added afterwards by resolveSheet, so they stay at their real size.
 */
import type { PdfElement, TrimPage } from '../../pdf/elements.ts';

/**
 * ISO sizes are rounded to whole mm (A2 is 420×594, not 420×593.9), so the scaled layout is
 * put on the exact target trim; backgrounds run past the trim and cover the fraction.
 */
export function scaleTrimPage(page: TrimPage, factor: number, trim = { width: page.trim.width * factor, height: page.trim.height * factor }): TrimPage {
  return {
    trim,
    elements: page.elements.map((element) => scaleElement(element, factor)),
  };
}

function scaleElement(element: PdfElement, f: number): PdfElement {
  switch (element.type) {
    case 'circle':
      return { ...element, cx: element.cx * f, cy: element.cy * f, r: element.r * f };
    case 'mark':
      return { ...element, x1: element.x1 * f, y1: element.y1 * f, x2: element.x2 * f, y2: element.y2 * f };
    case 'text':
      return {
        ...element,
        x: element.x * f,
        y: element.y * f,
        width: element.width * f,
        height: element.height * f,
        size: element.size * f,
        lines: element.lines.map((line) => ({ ...line, dx: line.dx * f, baseline: line.baseline * f })),
      };
    case 'rect':
      return { ...element, x: element.x * f, y: element.y * f, width: element.width * f, height: element.height * f, ...(element.radius ? { radius: element.radius * f } : {}) };
    case 'qr':
      return { ...element, x: element.x * f, y: element.y * f, width: element.width * f, height: element.height * f };
  }
}
