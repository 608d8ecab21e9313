/**
 * Sets one piece of text into a width: checks every character against the font, wraps,
 * and returns a text element with its height. Pure apart from measuring.
 */
import type { FontWeight } from '../../fonts.ts';
import type { ColourName } from '../../tokens.ts';
import { createMissingGlyphError } from '../pdf-errors.ts';
import { ptToMm } from '../units.ts';
import type { TextMeasurer } from './measure-text.ts';
import type { TextElement } from '../elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import { wrapText } from './wrap-text.ts';

export interface TextSpec {
  text: string;
  source: TextSource;
  font: FontWeight;
  colour: ColourName;
  /** Line height as a multiple of the size. */
  leading: number;
  align?: 'left' | 'center';
  /** Even out the lines instead of filling each in turn (banner slogans: no lone last word). */
  balance?: boolean;
  /** Compounds never broken across lines (content/print-terms.yaml), for large type. */
  keep?: readonly string[];
  /** A `|` or line break in the text starts a new line (titles the office breaks by hand). */
  forcedBreaks?: boolean;
}

export interface SetText {
  element: TextElement;
  /** How far the widest line runs past the width (0 when it fits). */
  overWidth: number;
  /** Listed compounds broken because they do not fit the width at this size (fitText shrinks instead). */
  splitCompounds: number;
}

/** Baseline below the top of the type size's em box: room above for Vietnamese stacked marks (Ấ, Ỗ). */
const BASELINE_IN_EM = 0.8;

export function setText(measure: TextMeasurer, input: TextSpec, sizePt: number, x: number, y: number, width: number): SetText {
  // Content is NFC already (src/schemas/text.ts); template strings and labels are made so here,
  // so "ế" is always one glyph lookup and extracts as one character.
  const spec = { ...input, text: input.text.normalize('NFC') };
  const missing = measure.findMissingGlyph(spec.text, spec.font);
  if (missing) throw createMissingGlyphError(spec.source, missing);
  const { lines, widest, splitCompounds = 0 } = wrapText(measure, spec.text, spec.font, sizePt, width, { balance: spec.balance, keep: spec.keep, forcedBreaks: spec.forcedBreaks });
  const lineHeight = ptToMm(sizePt * spec.leading);
  const top = ptToMm(sizePt * ((spec.leading - 1) / 2 + BASELINE_IN_EM));
  const element: TextElement = {
    type: 'text',
    x,
    y,
    width,
    height: lines.length * lineHeight,
    font: spec.font,
    size: sizePt,
    colour: spec.colour,
    lines: lines.map((text, i) => ({
      text,
      dx: spec.align === 'center' ? (width - measure.width(text, spec.font, sizePt)) / 2 : 0,
      baseline: top + i * lineHeight,
    })),
  };
  return { element, overWidth: Math.max(0, widest - width), splitCompounds };
}
