import { readCardinal, readDecimal, readDigits } from './numbers.ts';
import { HAS_DIGIT, HAS_DOTTED_DIGITS } from './quick-tests.ts';
import { NUM_END, NUM_START, type Rule } from './rule.ts';

/**
 * Plain numbers, ranges and decimals, after every more specific rule has had its turn.
 * Vietnamese print: dots group thousands ("1.000.005"), a comma starts decimals ("0,5").
 */
const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)';

/** "3-5 ngày" → "ba đến năm ngày". */
const RANGE = new RegExp(`${NUM_START}${NUMBER}\\s*[-–]\\s*${NUMBER}${NUM_END}`, 'gu');

export const rangeRule: Rule = {
  name: 'range',
  pattern: () => RANGE,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [, from = '', to = ''] = match;
    const code = isCodeContext(match);
    const spokenFrom = readNumber(from, context.dialect, code);
    const spokenTo = readNumber(to, context.dialect, code);
    if (spokenFrom === undefined || spokenTo === undefined) return undefined;
    return { spoken: `${spokenFrom} đến ${spokenTo}` };
  },
};

/** A dot that is not a thousands separator ("3.5", "1.00"): the writer meant something we cannot know. */
const DOTTED = new RegExp(`${NUM_START}\\d+(?:\\.\\d+)+${NUM_END}`, 'gu');

export const dottedNumberRule: Rule = {
  name: 'number',
  pattern: () => DOTTED,
  requires: HAS_DOTTED_DIGITS,
  read: (match) => {
    if (/^\d{1,3}(?:\.\d{3})+$/.test(match[0])) return undefined;
    return { spoken: match[0], warning: `"${match[0]}": dấu chấm trong số chỉ dùng để tách hàng nghìn`, advice: `"${match[0]}": dấu chấm trong số chỉ dùng để tách hàng nghìn; số thập phân viết dấu phẩy (0,5), mã số viết rõ là mã` };
  },
};

const CARDINAL = new RegExp(`${NUM_START}${NUMBER}${NUM_END}`, 'gu');

export const cardinalRule: Rule = {
  name: 'number',
  pattern: () => CARDINAL,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const spoken = readNumber(match[0], context.dialect, isCodeContext(match));
    return spoken === undefined
      ? { spoken: match[0], warning: `"${match[0]}": số dài không có dấu chấm tách hàng nghìn; viết rõ (1.000.000) hoặc nếu là mã số thì tách nhóm` }
      : { spoken };
  },
};

/**
 * Administrative writing pads counts and times with zeros ("03 ngày làm việc", "01 bản chính",
 * "07 giờ"; issue 9): one or two leading zeros before a short number are padding, read as the
 * number. After "số" or "mã" the zeros belong to a code ("mã số 05" → "không năm"), and a
 * longer number with a leading zero is a code too, read digit by digit. More than nine digits
 * without separators is probably a code, but could be an amount: not guessed.
 */
function readNumber(written: string, dialect: 'north' | 'south', code: boolean): string | undefined {
  if (/^0\d{1,2}$/.test(written) && !code) return readCardinal(String(Number(written)), dialect);
  if (/^0\d/.test(written)) return readDigits(written);
  // "8011035": amounts of five figures or more are printed with dots (8.011.035); without them
  // the number is probably a phone number or a code, and reading it as an amount would be a guess.
  if (/^\d{5,}$/.test(written)) return undefined;
  return written.includes(',') ? readDecimal(written, dialect) : readCardinal(written, dialect);
}

/** "mã số 05", "Số: 012", "phòng 05": the number names something; its zeros are said. */
function isCodeContext(match: RegExpExecArray): boolean {
  return /(?:[Ss]ố|[Mm]ã|hiệu|[Pp]hòng|SĐT|ĐT)\s*:?\s*$/u.test(match.input.slice(Math.max(0, match.index - 12), match.index));
}
