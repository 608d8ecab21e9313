/**
 * The part of fontkit the share cards draw with: glyph outlines and their positions after
 * shaping. Merges with src/print/fontkit.d.ts (fontkit ships no types).
 */
declare module 'fontkit' {
  export interface GlyphPath {
    scale(scaleX: number, scaleY?: number): GlyphPath;
    translate(x: number, y: number): GlyphPath;
    /** SVG path data, in font units with y up unless transformed. */
    toSVG(): string;
  }
  export interface Glyph {
    path: GlyphPath;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    positions: GlyphPosition[];
  }
}
export {};
