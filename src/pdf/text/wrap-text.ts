/**
 * Line breaking at spaces. Vietnamese writes every syllable as a separate word, so breaking
 * at spaces needs no hyphenation. A token with no spaces that is wider than the line (a web
 * address, an e-mail address, a dossier code like "000.00.12.H45-240101-0001") is broken after
 * ".", "@", "/" or "-", where a reader still sees it as one address or code; a piece that is
 * still too wide shows in `widest` and the caller fails the build (DESIGN.md "Print geometry").
 * Greedy by default; `balance` keeps the greedy line count but evens the lines out (a slogan
 * set huge must not leave one short word alone on its last line).
 */
import type { FontWeight } from '../../fonts.ts';
import { balanceLines, type Piece } from './balance-lines.ts';
import { splitAtForcedBreaks } from './forced-break.ts';
import { keepCompounds, toCompoundKeys } from './keep-compounds.ts';
import type { TextMeasurer } from './measure-text.ts';

export interface WrapResult {
  lines: string[];
  /** Widest line in mm; more than the width when a single word cannot fit. */
  widest: number;
  /** Listed compounds (`keep`) broken because they are wider than the line at this size. */
  splitCompounds?: number;
}

export interface WrapOptions {
  /** Even out the line lengths at the greedy line count (banner slogans). */
  balance?: boolean;
  /** Compounds never broken across lines (content/print-terms.yaml): large type only. */
  keep?: readonly string[];
  /** Start a new line at each `|` or line break in the text (a title the office breaks by hand). */
  forcedBreaks?: boolean;
}

/** Compound lists as match keys, once per list (a poster sets the same list at many sizes). */
const compoundKeys = new WeakMap<readonly string[], string[][]>();

export function wrapText(measure: TextMeasurer, text: string, font: FontWeight, sizePt: number, width: number, options: WrapOptions = {}): WrapResult {
  if (options.forcedBreaks) {
    const parts = splitAtForcedBreaks(text).map((part) => wrapText(measure, part, font, sizePt, width, { ...options, forcedBreaks: false }));
    return { lines: parts.flatMap((part) => part.lines), widest: Math.max(0, ...parts.map((part) => part.widest)), splitCompounds: parts.reduce((sum, part) => sum + (part.splitCompounds ?? 0), 0) };
  }
  const split = attachPunctuation(text.split(/\s+/).filter(Boolean)).flatMap((word) => splitLongWord(measure, word, font, sizePt, width));
  const kept = options.keep?.length ? keepCompounds(split, getCompoundKeys(options.keep), (joined) => measure.width(joined, font, sizePt) <= width) : { words: split, split: 0 };
  const words = kept.words;
  const space = measure.width(' ', font, sizePt);
  const pieces = words.map((word) => ({ ...word, width: measure.width(word.text, font, sizePt) }));
  const greedy = breakGreedy(pieces, space, width);
  const starts = !options.balance || greedy.length < 2 ? greedy : (balanceLines(pieces, space, width, greedy.length) ?? greedy);
  return kept.split > 0 ? { ...toResult(pieces, starts, space), splitCompounds: kept.split } : toResult(pieces, starts, space);
}

function getCompoundKeys(keep: readonly string[]): string[][] {
  let keys = compoundKeys.get(keep);
  if (!keys) {
    keys = toCompoundKeys(keep);
    compoundKeys.set(keep, keys);
  }
  return keys;
}

/** Start index of each line, filling every line as far as it goes. */
function breakGreedy(pieces: Piece[], space: number, width: number): number[] {
  const starts: number[] = [];
  let lineWidth = 0;
  pieces.forEach((piece, i) => {
    const glue = piece.glue ? 0 : space;
    if (starts.length === 0 || lineWidth + glue + piece.width > width) {
      starts.push(i);
      lineWidth = piece.width;
    } else {
      lineWidth += glue + piece.width;
    }
  });
  return starts;
}

function toResult(pieces: Piece[], starts: number[], space: number): WrapResult {
  const lines: string[] = [];
  let widest = 0;
  starts.forEach((start, n) => {
    const line = pieces.slice(start, starts[n + 1] ?? pieces.length);
    lines.push(line.map((piece, i) => (i > 0 && !piece.glue ? ' ' : '') + piece.text).join(''));
    widest = Math.max(widest, line.reduce((sum, piece, i) => sum + piece.width + (i > 0 && !piece.glue ? space : 0), 0));
  });
  return { lines, widest };
}

/** A spaced dash or colon belongs to the word before it ("mạng –"): a line never starts with one. */
const LONE_PUNCTUATION = /^[–—:;,.!?…]+$/;

function attachPunctuation(words: string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    if (joined.length > 0 && LONE_PUNCTUATION.test(word)) joined[joined.length - 1] += ` ${word}`;
    else joined.push(word);
  }
  return joined;
}

/** Characters after which a long token may break: no letter of a word is ever split. */
const SAFE_BREAK = /(?<=[./@\-])(?=[^./@\-])/;

/** A word too wide for the line is split at its safe points; pieces after the first join without a space. */
function splitLongWord(measure: TextMeasurer, word: string, font: FontWeight, sizePt: number, width: number): Omit<Piece, 'width'>[] {
  if (measure.width(word, font, sizePt) <= width) return [{ text: word, glue: false }];
  const parts = word.split(SAFE_BREAK);
  return parts.map((text, i) => ({ text, glue: i > 0 }));
}
