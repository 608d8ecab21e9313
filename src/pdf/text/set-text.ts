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

/**
 * What setting a text gives apart from its position: fitting and flowing loops set the same
 * text at the same size and width many times (a leaflet's inside is flowed about 30 times while
 * its columns are balanced), so the lines are kept per measurer and reused, moved to (x, y).
 */
interface SetLines {
  lines: { text: string; dx: number; baseline: number }[];
  height: number;
  overWidth: number;
  splitCompounds: number;
}

/** Entries kept per measurer before the memo starts over: bounds memory in a 92-commune build. */
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<TextMeasurer, Map<string, SetLines>>();

/** The compound list is one shared array per build: its key is joined once, not on every call. */
const keepKeys = new WeakMap<readonly string[], string>();
function keepKey(keep: readonly string[] | undefined): string {
  if (!keep) return '';
  let key = keepKeys.get(keep);
  if (key === undefined) {
    key = keep.join('\u0001');
    keepKeys.set(keep, key);
  }
  return key;
}

export function setText(measure: TextMeasurer, input: TextSpec, sizePt: number, x: number, y: number, width: number): SetText {
  let memo = memos.get(measure);
  if (!memo) {
    memo = new Map();
    memos.set(measure, memo);
  }
  const key = [input.font, sizePt, width, input.leading, input.align ?? '', input.balance ? 1 : 0, input.forcedBreaks ? 1 : 0, keepKey(input.keep), input.text].join('\u0000');
  let set = memo.get(key);
  if (!set) {
    set = setLines(measure, input, sizePt, width);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, set);
  }
  const element: TextElement = {
    type: 'text',
    x,
    y,
    width,
    height: set.height,
    font: input.font,
    size: sizePt,
    colour: input.colour,
    lines: set.lines.map((line) => ({ ...line })),
  };
  return { element, overWidth: set.overWidth, splitCompounds: set.splitCompounds };
}

function setLines(measure: TextMeasurer, input: TextSpec, sizePt: number, width: number): SetLines {
  // Content is NFC already (src/schemas/text.ts); template strings and labels are made so here,
  // so "ế" is always one glyph lookup and extracts as one character.
  const spec = { ...input, text: input.text.normalize('NFC') };
  const missing = measure.findMissingGlyph(spec.text, spec.font);
  if (missing) throw createMissingGlyphError(spec.source, missing);
  const { lines, widest, splitCompounds = 0 } = wrapText(measure, spec.text, spec.font, sizePt, width, { balance: spec.balance, keep: spec.keep, forcedBreaks: spec.forcedBreaks });
  const lineHeight = ptToMm(sizePt * spec.leading);
  const top = ptToMm(sizePt * ((spec.leading - 1) / 2 + BASELINE_IN_EM));
  return {
    height: lines.length * lineHeight,
    lines: lines.map((text, i) => ({
      text,
      dx: spec.align === 'center' ? (width - measure.width(text, spec.font, sizePt)) / 2 : 0,
      baseline: top + i * lineHeight,
    })),
    overWidth: Math.max(0, widest - width),
    splitCompounds,
  };
}
