/** Reading PDFs back in tests (print kit, broadcast kit, printed web pages): text, page boxes, metadata and pixels, through pdfjs-dist. */
import { inflateSync } from 'node:zlib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import decodeQR from 'qr/decode.js';

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
}

/** Opens a PDF for `use` and destroys it afterwards, whatever `use` does. */
export async function withPdf<T>(bytes: Uint8Array, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdf = await openPdf(bytes);
  try {
    return await use(pdf);
  } finally {
    await pdf.destroy();
  }
}

/** All text of a page, runs joined by single spaces (lines are set one run each). */
export async function getPageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim();
}

/** The text of every page of a PDF. */
export async function readPdfText(bytes: Uint8Array): Promise<string[]> {
  return withPdf(bytes, async (pdf) => {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) pages.push(await getPageText(pdf, number));
    return pages;
  });
}

export const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Renders a page to RGBA pixels at `pxPerMm`, using pdfjs's own Node canvas (@napi-rs/canvas). */
export async function renderPage(pdf: PDFDocumentProxy, pageNumber: number, pxPerMm: number) {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: (pxPerMm * 25.4) / 72 });
  const factory = (pdf as unknown as { canvasFactory: { create(w: number, h: number): { canvas: any; context: any } } }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { width: canvas.width as number, height: canvas.height as number, data: image.data as Uint8ClampedArray, png: () => canvas.toBuffer('image/png') as Buffer };
}

export type Pixels = Awaited<ReturnType<typeof renderPage>>;

/** Decodes the QR code found in a region (mm from the page's top-left) of rendered pixels. */
export function decodeQrIn(pixels: Pixels, pxPerMm: number, region: { x: number; y: number; width: number; height: number }): string {
  const x0 = Math.round(region.x * pxPerMm);
  const y0 = Math.round(region.y * pxPerMm);
  const width = Math.round(region.width * pxPerMm);
  const height = Math.round(region.height * pxPerMm);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * pixels.width + x0) * 4;
    data.set(pixels.data.subarray(from, from + width * 4), y * width * 4);
  }
  return decodeQR({ width, height, data });
}

/** RGB of the pixel at (x, y) mm. */
export function colourAt(pixels: Pixels, pxPerMm: number, x: number, y: number): [number, number, number] {
  const i = (Math.round(y * pxPerMm) * pixels.width + Math.round(x * pxPerMm)) * 4;
  return [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
}

/** Page boxes in mm (PDF points → mm), read from the page dictionary. */
export async function getPageBoxes(pdf: PDFDocumentProxy, pageNumber: number) {
  const page = await pdf.getPage(pageNumber);
  const mm = (pt: number) => Math.round((pt * 25.4 * 1000) / 72) / 1000;
  const [x1, y1, x2, y2] = page.view;
  return { media: { width: mm(x2! - x1!), height: mm(y2! - y1!) }, userUnit: page.userUnit };
}

/**
 * MediaBox, TrimBox and BleedBox of every page in mm, read from the raw page dictionaries
 * (pdfkit writes them uncompressed; pdfjs exposes only the view box).
 */
export function getRawPageBoxes(bytes: Uint8Array) {
  const text = Buffer.from(bytes).toString('latin1');
  const toMm = (box: string) => box.trim().split(/\s+/).map((n) => Math.round((Number(n) * 25.4 * 1000) / 72) / 1000);
  return [...text.matchAll(/\/Type \/Page\n([\s\S]*?)>>/g)].map((match) => {
    const dict = match[1]!;
    const get = (name: string) => {
      const found = new RegExp(`/${name} \\[([^\\]]*)\\]`).exec(dict);
      return found ? toMm(found[1]!) : undefined;
    };
    return { media: get('MediaBox'), trim: get('TrimBox'), bleed: get('BleedBox') };
  });
}

/** Every Flate stream of the file, inflated (page content, fonts…), for checking operators. */
export function getInflatedStreams(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\n/g)) {
    const start = match.index + 'stream\n'.length;
    try {
      streams.push(inflateSync(buffer.subarray(start, text.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // Not a Flate stream (or not a stream keyword): nothing to check.
    }
  }
  return streams;
}

/** One text run of a page with its position: the print kit sets each line as one run. */
export interface PlacedText {
  text: string;
  /** Left of the run and its baseline, mm from the page's top-left corner. */
  x: number;
  y: number;
  /** Type size in pt (page units × UserUnit). */
  size: number;
}

/** Every text run of a page with its baseline position in mm, in drawing order. */
export async function getPlacedText(pdf: PDFDocumentProxy, pageNumber: number): Promise<PlacedText[]> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  const unit = page.userUnit || 1;
  const toMm = (pt: number) => (pt * unit * 25.4) / 72;
  const top = page.view[3]!;
  return content.items.flatMap((item) => {
    if (!('str' in item) || item.str.trim() === '') return [];
    const [a, b, , , e, f] = item.transform as number[];
    return [{ text: item.str.normalize('NFC'), x: toMm(e!), y: toMm(top - f!), size: Math.round(Math.hypot(a!, b!) * unit * 100) / 100 }];
  });
}
