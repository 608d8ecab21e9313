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
  // Per weight: advance widths in em by text, and whether the font has each code point. The
  // fit and flow loops ask about the same words and characters over and over.
  const widths = new Map<FontWeight, Map<string, number>>();
  const glyphs = new Map<FontWeight, Map<number, boolean>>();
  const tableOf = <K, V>(tables: Map<FontWeight, Map<K, V>>, weight: FontWeight): Map<K, V> => {
    let table = tables.get(weight);
    if (!table) {
      table = new Map();
      tables.set(weight, table);
    }
    return table;
  };
  return {
    width(text, weight, sizePt) {
      const table = tableOf(widths, weight);
      let units = table.get(text);
      if (units === undefined) {
        const font = getFont(weight);
        units = font.layout(text).advanceWidth / font.unitsPerEm;
        table.set(text, units);
      }
      return ptToMm(units * sizePt);
    },
    findMissingGlyph(text, weight) {
      const table = tableOf(glyphs, weight);
      for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 0;
        let has = table.get(codePoint);
        if (has === undefined) {
          has = /\s/.test(char) || getFont(weight).hasGlyphForCodePoint(codePoint);
          table.set(codePoint, has);
        }
        if (!has) return char;
      }
      return undefined;
    },
    ascent(weight) {
      const font = getFont(weight);
      return font.ascent / font.unitsPerEm;
    },
    inkTop(text, weight) {
      const font = getFont(weight);
      return font.layout(text).bbox.maxY / font.unitsPerEm;
    },
  };
}
