/**
 * The small part of fontkit (pdfkit's own font engine) the print layout measures with.
 * fontkit ships no types; this keeps the measuring code checked.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    advanceWidth: number;
    /** Union of the glyphs' ink boxes, in font units, y up from the baseline. */
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
    numGlyphs: number;
    getGlyph(id: number): Glyph;
    /** The glyphs a PDF embeds (pdfkit calls it; src/pdf/encode-font-subset.ts writes the file). */
    createSubset(): Subset;
  }
  export interface Subset {
    /** The glyph's id in the subset. */
    includeGlyph(id: number): number;
    encode(): Uint8Array;
  }
  /** A glyph's outline (Glyph.path, declared with the share cards' part in src/share-card/fontkit-paths.d.ts). */
  export interface GlyphPath {
    /** In font units, y up from the baseline; thumbnails draw them (src/pdf/get-word-outline.ts). */
    commands: PathCommand[];
  }
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }
  export function openSync(file: string): Font;
}
