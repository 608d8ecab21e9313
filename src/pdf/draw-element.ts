/**
 * Draws one laid-out element with pdfkit, inside save()/restore() so no state (colour, dash,
 * opacity, cursor) leaks to the next. Decides nothing: every position comes from the box.
 */
import { getQrRuns } from './get-qr-runs.ts';
import { colours, REGISTRATION_CMYK, type ColourName } from '../tokens.ts';
import type { LineElement, MarkElement, PathElement, PdfElement, QrElement, TextElement } from './elements.ts';
import { mmToPt } from './units.ts';
import { isOverprintColour, setOverprint } from './overprint.ts';

type Doc = PDFKit.PDFDocument;
/** mm → page units (points divided by the page's UserUnit). */
export type ToUnits = (mm: number) => number;

const cmyk = (name: ColourName): [number, number, number, number] => [...colours[name].cmyk];

export function drawElement(doc: Doc, element: PdfElement, u: ToUnits, userUnit: number): void {
  doc.save();
  switch (element.type) {
    case 'rect':
      if (element.radius) doc.roundedRect(u(element.x), u(element.y), u(element.width), u(element.height), u(element.radius));
      else doc.rect(u(element.x), u(element.y), u(element.width), u(element.height));
      doc.fill(cmyk(element.fill));
      break;
    case 'circle':
      doc.circle(u(element.cx), u(element.cy), u(element.r)).fill(cmyk(element.fill));
      break;
    case 'text':
      drawText(doc, element, u, userUnit);
      break;
    case 'qr':
      drawQr(doc, element, u);
      break;
    case 'mark':
      drawMark(doc, element, u, userUnit);
      break;
    case 'line':
    case 'path':
      drawStroke(doc, element, u, userUnit);
      break;
  }
  doc.restore();
}

function drawText(doc: Doc, element: TextElement, u: ToUnits, userUnit: number): void {
  if (element.rotate) {
    doc.rotate(-element.rotate, { origin: [u(element.x + element.width / 2), u(element.y + element.height / 2)] });
  }
  if (element.opacity !== undefined) doc.fillOpacity(element.opacity);
  if (isOverprintColour(element.colour)) setOverprint(doc);
  doc.font(element.font).fontSize(element.size / userUnit).fillColor(cmyk(element.colour));
  for (const line of element.lines) {
    doc.text(line.text, u(element.x + line.dx), u(element.y + line.baseline), { lineBreak: false, baseline: 'alphabetic' });
  }
}

/** Dark modules as one path, a rectangle per horizontal run (get-qr-runs.ts). */
function drawQr(doc: Doc, element: QrElement, u: ToUnits): void {
  if (isOverprintColour(element.colour)) setOverprint(doc);
  const module = element.width / element.modules.length;
  for (const { row, start, length } of getQrRuns(element.modules)) doc.rect(u(element.x + start * module), u(element.y + row * module), u(length * module), u(module));
  doc.fill(cmyk(element.colour));
}

function drawMark(doc: Doc, element: MarkElement, u: ToUnits, userUnit: number): void {
  doc.moveTo(u(element.x1), u(element.y1)).lineTo(u(element.x2), u(element.y2));
  doc.lineWidth(element.weightPt / userUnit).strokeColor([...REGISTRATION_CMYK]);
  if (element.dash) doc.dash(u(element.dash[0]), { space: u(element.dash[1]) });
  doc.stroke();
}

/** A line or a polyline, stroked in a token colour; butt caps so a chart line ends on its point. */
function drawStroke(doc: Doc, element: LineElement | PathElement, u: ToUnits, userUnit: number): void {
  const points = element.type === 'line' ? [[element.x1, element.y1], [element.x2, element.y2]] as const : element.points;
  const [first, ...rest] = points;
  if (!first) return;
  doc.moveTo(u(first[0]), u(first[1]));
  for (const [x, y] of rest) doc.lineTo(u(x), u(y));
  doc.lineWidth(element.weightPt / userUnit).lineJoin('round').strokeColor(cmyk(element.colour));
  if (element.dash) doc.dash(u(element.dash[0]), { space: u(element.dash[1]) });
  doc.stroke();
}

/** Points per mm on a page with this UserUnit. */
export function createToUnits(userUnit: number): ToUnits {
  return (mm) => mmToPt(mm) / userUnit;
}
