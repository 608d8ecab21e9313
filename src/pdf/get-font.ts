/**
 * One parsed fontkit Font per weight per process, shared by the text measurer and by every
 * PDF document. fontkit parses its tables (cmap, GSUB, GPOS, glyf) lazily and keeps them on
 * the Font, so a Font opened once and handed to pdfkit (which takes a fontkit Font as a font
 * source, PDFFontFactory.open in pdfkit 0.20) is parsed once for the whole build instead of
 * twice per file; parsing was a third of a leaflet's time (README "Where a leaflet's time
 * goes"). pdfkit makes its own subset per document, so sharing the Font changes no bytes.
 */
import { openSync, type Font } from 'fontkit';
import { fontFiles, type FontWeight } from '../fonts.ts';

const fonts = new Map<FontWeight, Font>();

export function getFont(weight: FontWeight): Font {
  let font = fonts.get(weight);
  if (!font) {
    font = openSync(fontFiles[weight]);
    fonts.set(weight, font);
  }
  return font;
}
