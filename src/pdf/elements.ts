/**
 * What layout hands to render: pages of positioned elements. Every length is in mm from the
 * top-left corner (of the trim while laying out, of the media once the sheet is resolved);
 * type sizes are pt. Render draws exactly these boxes and decides nothing.
 */
import type { FontWeight } from '../fonts.ts';
import type { ColourName } from '../tokens.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of set text: offset of its start and of its baseline from the element's corner. */
export interface TextLine {
  text: string;
  dx: number;
  baseline: number;
}

export interface TextElement extends Box {
  type: 'text';
  lines: TextLine[];
  font: FontWeight;
  /** pt */
  size: number;
  colour: ColourName;
  /** Degrees anticlockwise about the box centre (the MẪU stamp). */
  rotate?: number;
  opacity?: number;
}

export interface RectElement extends Box {
  type: 'rect';
  fill: ColourName;
  /** Corner radius in mm. */
  radius?: number;
}

export interface CircleElement {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: ColourName;
}

/** A QR code drawn as vector modules; `url` is what it encodes (tests decode it back). */
export interface QrElement extends Box {
  type: 'qr';
  modules: boolean[][];
  colour: ColourName;
  url: string;
}

/** Crop and fold marks, in registration colour. */
export interface MarkElement {
  type: 'mark';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in pt. */
  weightPt: number;
  /** [dash, gap] in mm for fold marks; solid when absent. */
  dash?: readonly [number, number];
}

export type PdfElement = TextElement | RectElement | CircleElement | QrElement | MarkElement;

/** One page laid out on the trim: what goes on it, before bleed and marks are added. */
export interface TrimPage {
  trim: { width: number; height: number };
  elements: PdfElement[];
}

/** One page ready to draw: media size, the boxes a print shop needs, and the elements. */
export interface PdfPage {
  media: { width: number; height: number };
  trimBox: Box;
  bleedBox: Box;
  /** PDF /UserUnit: 1 unless a side is over 200 in. */
  userUnit: number;
  elements: PdfElement[];
}

/** Document metadata written to the PDF Info dictionary. */
export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** YYYY-MM-DD; CreationDate and ModDate, so the same content gives the same bytes. */
  date: string;
}

export interface PdfLayout {
  meta: PdfMeta;
  pages: PdfPage[];
}

/** A range of type sizes in pt: layout starts at `max` and shrinks to `min`, past which the build fails. */
export interface TypeRange {
  max: number;
  min: number;
}
