/**
 * Text measurement for layout, from the same Be Vietnam Pro files and the same engine
 * (fontkit) pdfkit draws with, so a line measured to fit is a line drawn to fit. Measures;
 * never draws.
 */
import type { FontWeight } from '../../fonts.ts';
import { getFont } from '../get-font.ts';
import { ptToMm } from '../units.ts';

export interface TextMeasurer {
  /** Advance width of `text` in mm at `sizePt`. */
  width(text: string, font: FontWeight, sizePt: number): number;
  /** The first character the font has no glyph for, or undefined when all print. */
  findMissingGlyph(text: string, font: FontWeight): string | undefined;
  /** Ascent above the baseline, as a fraction of the type size. */
  ascent(font: FontWeight): number;
  /** Top of the highest ink of `text` above the baseline, as a fraction of the type size (Ẫ's stacked marks reach past the ascent). */
  inkTop(text: string, font: FontWeight): number;
}

let shared: TextMeasurer | undefined;

/** One measurer per process: fonts are parsed once and word widths cached. */
export function getTextMeasurer(): TextMeasurer {
  shared ??= createTextMeasurer();
  return shared;
}

function createTextMeasurer(): TextMeasurer {
  const widths = new Map<string, number>();
  const open = getFont;
  return {
    width(text, weight, sizePt) {
      const key = `${weight}\u0000${text}`;
      let units = widths.get(key);
      if (units === undefined) {
        const font = open(weight);
        units = font.layout(text).advanceWidth / font.unitsPerEm;
        widths.set(key, units);
      }
      return ptToMm(units * sizePt);
    },
    findMissingGlyph(text, weight) {
      const font = open(weight);
      return [...text].find((char) => !/\s/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
    },
    ascent(weight) {
      const font = open(weight);
      return font.ascent / font.unitsPerEm;
    },
    inkTop(text, weight) {
      const font = open(weight);
      return font.layout(text).bbox.maxY / font.unitsPerEm;
    },
  };
}
