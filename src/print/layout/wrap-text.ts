/**
 * Greedy line breaking at spaces. Vietnamese writes every syllable as a separate word, so
 * breaking at spaces needs no hyphenation; web addresses have no spaces and break after "/".
 */
import type { FontWeight } from '../../fonts.ts';
import type { TextMeasurer } from './measure-text.ts';

export interface WrapResult {
  lines: string[];
  /** Widest line in mm; more than the width when a single word cannot fit. */
  widest: number;
}

export function wrapText(measure: TextMeasurer, text: string, font: FontWeight, sizePt: number, width: number): WrapResult {
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => splitLongWord(measure, word, font, sizePt, width));
  const space = measure.width(' ', font, sizePt);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let widest = 0;
  for (const word of words) {
    const glue = word.glue && line ? 0 : line ? space : 0;
    const wordWidth = measure.width(word.text, font, sizePt);
    if (line && lineWidth + glue + wordWidth > width) {
      lines.push(line);
      widest = Math.max(widest, lineWidth);
      line = word.text;
      lineWidth = wordWidth;
    } else {
      line += (line && !word.glue ? ' ' : '') + word.text;
      lineWidth += glue + wordWidth;
    }
  }
  if (line) {
    lines.push(line);
    widest = Math.max(widest, lineWidth);
  }
  return { lines, widest };
}

interface Piece {
  text: string;
  /** Joins the previous piece without a space (a broken web address). */
  glue: boolean;
}

/** A word too wide for the line is split after "/" (web addresses); other words stay whole and overflow. */
function splitLongWord(measure: TextMeasurer, word: string, font: FontWeight, sizePt: number, width: number): Piece[] {
  if (measure.width(word, font, sizePt) <= width || !word.includes('/')) return [{ text: word, glue: false }];
  const parts = word.split(/(?<=\/)/);
  return parts.map((text, i) => ({ text, glue: i > 0 }));
}
