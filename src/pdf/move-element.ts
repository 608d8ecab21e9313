import type { PdfElement } from './elements.ts';

/** An element moved by (dx, dy) mm: layouts build a block at the origin, then place it. */
export function moveElement(element: PdfElement, dx: number, dy: number): PdfElement {
  switch (element.type) {
    case 'circle':
      return { ...element, cx: element.cx + dx, cy: element.cy + dy };
    case 'mark':
    case 'line':
      return { ...element, x1: element.x1 + dx, x2: element.x2 + dx, y1: element.y1 + dy, y2: element.y2 + dy };
    case 'path':
      return { ...element, points: element.points.map(([x, y]) => [x + dx, y + dy] as const) };
    default:
      return { ...element, x: element.x + dx, y: element.y + dy };
  }
}
