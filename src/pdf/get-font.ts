/**
 * One parsed fontkit Font per weight per process, shared by the text measurer and by every
 * PDF document. fontkit parses its tables (cmap, GSUB, GPOS, glyf) lazily and keeps them on
 * the Font, so a Font opened once and handed to pdfkit (which takes a fontkit Font as a font
 * source, PDFFontFactory.open in pdfkit 0.20) is parsed once for the whole build instead of
 * twice per file; parsing was a third of a leaflet's time (README "Where a leaflet's time
 * goes"). pdfkit makes its own subset per document, so sharing the Font changes no bytes; the
 * subset's font file is written by encode-font-subset.ts, byte for byte as fontkit writes it.
 */
import { openSync, type Font } from 'fontkit';
import { fontFiles, type FontWeight } from '../fonts.ts';
import { useFastSubsets } from './encode-font-subset.ts';

const fonts = new Map<FontWeight, Font>();

export function getFont(weight: FontWeight): Font {
  let font = fonts.get(weight);
  if (!font) {
    font = openSync(fontFiles[weight]);
    keepDecodedGlyphs(font);
    useFastSubsets(font);
    fonts.set(weight, font);
  }
  return font;
}

interface GlyphInternals {
  _decode(): unknown;
}

/**
 * fontkit caches glyph objects on the Font but decodes a glyph's outline again on every call
 * of its internal `_decode` (TTFGlyph in fontkit 2.0.4), and pdfkit's subsetter calls it for
 * every glyph of every subset (TTFSubset._addGlyph, to find composite glyphs' parts): a fifth
 * of writing a leaflet. The outline of a glyph id never changes and its readers (the subsetter,
 * path and bounding box code) only read it, so each glyph keeps the first result.
 */
function keepDecodedGlyphs(font: Font): void {
  const internals = font as unknown as { getGlyph(id: number, codePoints?: number[]): GlyphInternals | null };
  const getGlyph = internals.getGlyph.bind(font);
  const kept = new WeakSet<GlyphInternals>();
  internals.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !kept.has(glyph)) {
      kept.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let decoded: { value: unknown } | undefined;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
    }
    return glyph;
  };
}
