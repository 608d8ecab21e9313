/**
 * Overprint for text and QR codes in 100% K: black printed on top of the tint or the red
 * instead of knocking a hole in it, so a slight misregistration on the press shows no white
 * halo round small type. One ExtGState per document (ISO 32000-1 §8.6.7: /OP and /op turn
 * overprint on for stroking and filling, /OPM 1 keeps the other inks where K is painted).
 * pdfkit 0.20 has no API for it; this registers the dictionary the way its opacity code
 * (_doOpacity) does: a reference in the page's /ExtGState resources, then "/name gs".
 */
import { colours, type ColourName } from '../tokens.ts';

const NAME = 'GsOverprintK';
const refs = new WeakMap<PDFKit.PDFDocument, unknown>();

interface PdfKitInternals {
  ref(data: Record<string, unknown>): { end(): void };
  page: { ext_gstates: Record<string, unknown> };
  addContent(operator: string): void;
}

/** Only pure black overprints: white (paper) or a colour would vanish or mix on top of the tint. */
export function isOverprintColour(name: ColourName): boolean {
  const [c, m, y, k] = colours[name].cmyk;
  return c === 0 && m === 0 && y === 0 && k === 100;
}

/** Turns overprint on for what is painted next, inside the caller's save()/restore(). */
export function setOverprint(doc: PDFKit.PDFDocument): void {
  const pdf = doc as unknown as PdfKitInternals;
  let ref = refs.get(doc);
  if (!ref) {
    const created = pdf.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
    created.end();
    ref = created;
    refs.set(doc, ref);
  }
  pdf.page.ext_gstates[NAME] = ref;
  pdf.addContent(`/${NAME} gs`);
}
