import { readOrdinal } from './numbers.ts';
import { HAS_DIGIT } from './quick-tests.ts';
import { NUM_END, START, type Rule } from './rule.ts';

/** "thứ 2" → "thứ hai", "lần thứ 4" → "lần thứ tư", "thứ 1" → "thứ nhất" (weekdays and counts alike). */
const ORDINAL = new RegExp(`${START}([Tt]hứ)\\s+(\\d{1,3})${NUM_END}`, 'gu');

export const ordinalRule: Rule = {
  name: 'ordinal',
  pattern: () => ORDINAL,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [, word = '', value = ''] = match;
    return { spoken: `${word} ${readOrdinal(Number(value), context.dialect)}` };
  },
};
