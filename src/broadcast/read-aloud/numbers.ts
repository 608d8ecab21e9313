import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import { DIALECTS, type Dialect } from './dialect.ts';

/**
 * Numbers as words. The spelling rules (mười/mươi, mốt, lăm, tư, linh/lẻ, periods of three
 * digits up to "nghìn tỷ" and beyond) come from `read-vietnamese-number`: maintained, no
 * dependencies, ESM for the browser, and every word it uses is configurable per dialect.
 * Its thousands separator is put into a RegExp unescaped, so "." would match every character;
 * we therefore strip separators here and hand it plain digits only.
 */
const configs = new Map<Dialect, ReadingConfig>();

function getConfig(dialect: Dialect): ReadingConfig {
  let config = configs.get(dialect);
  if (!config) {
    const words = DIALECTS[dialect];
    config = new ReadingConfig();
    config.unit = [];
    config.pointSign = ',';
    config.thousandSign = ' ';
    config.pointText = 'phẩy';
    config.oddText = words.odd;
    config.fourToneText = words.fourAfterTens;
    config.units = [[], [words.thousand], ['triệu'], ['tỷ']];
    configs.set(dialect, config);
  }
  return config;
}

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** "1.000.005" or "2025" → words. Dots are thousands separators (Vietnamese convention). */
export function readCardinal(written: string, dialect: Dialect): string {
  const digits = written.replace(/\./g, '');
  if (!/^\d+$/.test(digits)) throw new RangeError(`readCardinal: "${written}" is not a whole number`);
  return doReadNumber(digits, getConfig(dialect));
}

/**
 * "0,5" → "không phẩy năm"; "2,75" → "hai phẩy bảy mươi lăm". The part after the comma is
 * read as a number when it has two or three digits, as announcers do, and digit by digit
 * when longer. A leading zero is kept ("0,05" → "không phẩy không năm").
 */
export function readDecimal(written: string, dialect: Dialect): string {
  const [whole = '', fraction = ''] = written.split(',');
  // "2,0 m" is two metres: a fraction of zeros is not said.
  if (!fraction || /^0+$/.test(fraction)) return readCardinal(whole, dialect);
  const wholeWords = readCardinal(whole, dialect);
  const fractionWords = /^0/.test(fraction) || fraction.length > 3
    ? readDigits(fraction)
    : doReadNumber(fraction, getConfig(dialect));
  return `${wholeWords} phẩy ${fractionWords}`;
}

/** Digit by digit, for phone numbers and codes: "0208" → "không hai không tám". */
export function readDigits(digits: string): string {
  return [...digits].filter((c) => /\d/.test(c)).map((c) => DIGIT_WORDS[Number(c)]).join(' ');
}

/**
 * Ordinals after "thứ": 1 → "nhất", 4 → "tư", otherwise the cardinal ("thứ hai", "thứ mười bốn",
 * "thứ hai mươi tư"). Used for weekdays ("thứ 2") and counts ("lần thứ 4").
 */
export function readOrdinal(value: number, dialect: Dialect): string {
  if (value === 1) return 'nhất';
  if (value === 4) return 'tư';
  return readCardinal(String(value), dialect);
}
