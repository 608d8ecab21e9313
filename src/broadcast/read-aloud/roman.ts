import { readCardinal, readOrdinal } from './numbers.ts';
import { END, START, type Rule } from './rule.ts';

/**
 * Roman numerals, only after a word that takes them ("Quý II", "khóa XV", "lần thứ XIV",
 * "Đại hội XIII"): elsewhere "I", "V" or "X" may be letters, and an all-capitals word is left
 * to the unknown-abbreviation warning. After "thứ" they are ordinals ("thứ nhất", "thứ tư").
 */
const CONTEXT_WORDS = '[Qq]uý|[Kk]hóa|[Kk]hoá|[Tt]hứ|[Pp]hần|[Cc]hương|[Mm]ục|[Kk]ỳ|[Đđ]ại hội|[Tt]ập|[Gg]iai đoạn|[Pp]hụ lục';
const ROMAN = new RegExp(`${START}(${CONTEXT_WORDS})\\s+([IVXLCDM]+)${END}`, 'gu');
const VALID = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export const romanRule: Rule = {
  name: 'roman',
  pattern: () => ROMAN,
  requires: /\s[IVXLCDM]/u,
  read: (match, context) => {
    const [, word = '', numeral = ''] = match;
    if (!VALID.test(numeral)) return undefined;
    const value = parseRoman(numeral);
    const spoken = /^thứ$/i.test(word) ? readOrdinal(value, context.dialect) : readCardinal(String(value), context.dialect);
    return { spoken: `${word} ${spoken}` };
  },
};

export function parseRoman(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = VALUES[numeral[i] ?? ''] ?? 0;
    const next = VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
