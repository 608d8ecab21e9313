/**
 * A page's thumbnail drawn straight from its laid-out boxes with @napi-rs/canvas (Skia): the
 * same elements render-pdf.ts hands to pdfkit, drawn a second time onto pixels, so nothing is
 * parsed back out of the PDF. Text is filled as outlines of the very fonts the PDF embeds
 * (get-word-outline.ts); colours are the screen values of the same tokens (src/tokens.ts rgb,
 * as the website shows them, where a PDF viewer would guess its own from the CMYK); the image
 * is cropped to the trim, as the reader will hold the page. Skia draws the same pixels for the
 * same boxes every time, so a thumbnail's bytes change only when its page does.
 */
import { getQrRuns } from './get-qr-runs.ts';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { encodePng } from './encode-png.ts';
import { getUnitsPerEm, getWordOutline, splitWords } from './get-word-outline.ts';
import { colours, type ColourName } from '../tokens.ts';
import type { LineElement, MarkElement, PathElement, PdfElement, PdfPage, QrElement, TextElement } from './elements.ts';
import { MM_PER_INCH, POINTS_PER_INCH } from './units.ts';

/** Pixel size of one thumbnail; the page's trim is scaled to `width`, as a PDF viewer fits a page. */
export interface ThumbnailSize {
  width: number;
  height: number;
}

/** A 2D affine matrix [a, b, c, d, e, f], as canvas setTransform takes it. */
type Matrix = [number, number, number, number, number, number];

/** What every element is drawn with: the colours and the page's mm-to-pixel matrix. */
interface DrawState {
  palette: Palette;
  view: Matrix;
}

/** A CSS colour for each token name. */
export type Palette = Readonly<Record<ColourName, string>>;

/** The tokens' screen colours: what a thumbnail is drawn in. */
export const SCREEN_PALETTE: Palette = Object.fromEntries(Object.entries(colours).map(([name, token]) => [name, token.rgb])) as Record<ColourName, string>;

const PT_TO_MM = MM_PER_INCH / POINTS_PER_INCH;
/** Registration colour (100 % of every ink) is black on a screen. */
const REGISTRATION_RGB = '#000000';

/**
 * The page's trim box as a PNG of `size` pixels. `palette` is for tests that hold a thumbnail
 * against a PDF viewer's rendering in that viewer's colours.
 */
export function drawThumbnail(page: PdfPage, size: ThumbnailSize, palette: Palette = SCREEN_PALETTE): Buffer {
  const canvas = createCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  // Paper: PDF viewers paint the page white before its content, so every pixel is opaque.
  context.fillStyle = palette.paper;
  context.fillRect(0, 0, size.width, size.height);
  // One scale for both axes (px per mm), from the width, and the trim's corner at the origin.
  const scale = size.width / page.trimBox.width;
  const view: Matrix = [scale, 0, 0, scale, -page.trimBox.x * scale, -page.trimBox.y * scale];
  for (const element of page.elements) {
    context.save();
    context.setTransform(...view);
    drawElement(context, element, { palette, view });
    context.restore();
  }
  // Encoded here, not by the canvas: Skia's PNG encoder took three times as long as drawing the
  // page and wrote files 60 % larger (README "Where a leaflet's time goes"); see encode-png.ts.
  return encodePng(canvas.data(), size.width, size.height);
}

function drawElement(context: SKRSContext2D, element: PdfElement, state: DrawState): void {
  const { palette } = state;
  switch (element.type) {
    case 'rect':
      context.beginPath();
      if (element.radius) context.roundRect(element.x, element.y, element.width, element.height, Math.min(element.radius, element.width / 2, element.height / 2));
      else context.rect(element.x, element.y, element.width, element.height);
      context.fillStyle = palette[element.fill];
      context.fill();
      break;
    case 'circle':
      context.beginPath();
      context.arc(element.cx, element.cy, element.r, 0, 2 * Math.PI);
      context.fillStyle = palette[element.fill];
      context.fill();
      break;
    case 'text':
      drawText(context, element, state);
      break;
    case 'qr':
      drawQr(context, element, palette);
      break;
    case 'mark':
    case 'line':
    case 'path':
      drawStroke(context, element, state);
      break;
  }
}

/** Each line from its start at its baseline, like render-pdf's `doc.text(…, { baseline: 'alphabetic' })`. */
function drawText(context: SKRSContext2D, element: TextElement, { palette, view }: DrawState): void {
  // Anticlockwise on the page is a negative angle on a y-down canvas, about the box centre.
  const m = element.rotate ? multiply(view, rotationAbout(-element.rotate, element.x + element.width / 2, element.y + element.height / 2)) : view;
  if (element.opacity !== undefined) context.globalAlpha = element.opacity;
  context.fillStyle = palette[element.colour];
  // The page matrix times each word's: font units, y up, to mm on the page.
  const s = (element.size * PT_TO_MM) / getUnitsPerEm(element.font);
  for (const line of element.lines) {
    let pen = element.x + line.dx;
    const baseline = element.y + line.baseline;
    for (const word of splitWords(line.text)) {
      const { path, advance } = getWordOutline(element.font, word);
      if (path) {
        context.setTransform(...multiply(m, [s, 0, 0, -s, pen, baseline]));
        context.fill(path);
      }
      pen += advance * s;
    }
  }
}

/** Dark modules as one path, a rectangle per horizontal run, as draw-element.ts writes them. */
function drawQr(context: SKRSContext2D, element: QrElement, palette: Palette): void {
  const module = element.width / element.modules.length;
  context.beginPath();
  for (const { row, start, length } of getQrRuns(element.modules)) context.rect(element.x + start * module, element.y + row * module, length * module, module);
  context.fillStyle = palette[element.colour];
  context.fill();
}

/** Marks, rules and chart lines: butt caps, and round joins on lines and paths, as draw-element.ts sets them. */
function drawStroke(context: SKRSContext2D, element: MarkElement | LineElement | PathElement, { palette, view }: DrawState): void {
  const points = element.type === 'path' ? element.points : [[element.x1, element.y1], [element.x2, element.y2]] as const;
  const [first, ...rest] = points;
  if (!first) return;
  context.beginPath();
  context.moveTo(first[0], first[1]);
  for (const [x, y] of rest) context.lineTo(x, y);
  // At least one pixel wide, as PDF viewers draw hairlines (pdf.js CanvasGraphics.rescaleAndStroke):
  // a 1.5 pt frame is under half a pixel on a thumbnail and would fade to a pale grey.
  context.lineWidth = Math.max(element.weightPt * PT_TO_MM, 1 / Math.hypot(view[0], view[1]));
  context.lineCap = 'butt';
  context.lineJoin = element.type === 'mark' ? 'miter' : 'round';
  context.strokeStyle = element.type === 'mark' ? REGISTRATION_RGB : palette[element.colour];
  if (element.dash) context.setLineDash([...element.dash]);
  context.stroke();
}

/** m × n: n applied first, then m (canvas order). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** A rotation by `degrees` (clockwise on a y-down canvas) about (cx, cy). */
function rotationAbout(degrees: number, cx: number, cy: number): Matrix {
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  return [cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy];
}
