import { readDecimal } from './numbers.ts';
import { NUM_START, type Rule } from './rule.ts';

/** "80%" → "tám mươi phần trăm"; "0,5%" → "không phẩy năm phần trăm"; "30-50%" → "ba mươi đến năm mươi phần trăm". */
const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)';
const PERCENT = new RegExp(`${NUM_START}${NUMBER}(?:\\s?%)?(?:\\s*[-–]\\s*${NUMBER})?\\s?%`, 'gu');

export const percentRule: Rule = {
  name: 'percent',
  pattern: () => PERCENT,
  read: (match, context) => {
    const [, from = '', to] = match;
    const words = [readDecimal(from, context.dialect)];
    if (to) words.push('đến', readDecimal(to, context.dialect));
    return { spoken: `${words.join(' ')} phần trăm` };
  },
};
