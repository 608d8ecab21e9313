import { readDecimal } from './numbers.ts';
import { HAS_DIGIT } from './quick-tests.ts';
import { END, NUM_START, type Rule } from './rule.ts';
import { PER, readPer, readScale } from './units.ts';

/**
 * Sums of money: "50.000đ", "50.000 đồng", "2.500.000 VNĐ", "1,5 triệu đồng" → "... đồng"
 * (FACTS.md: "50.000đ" → "năm mươi nghìn đồng"). Dots separate thousands, a comma starts the
 * decimals, as in Vietnamese print. "triệu"/"tỷ" between the number and the currency stay words.
 * A range ("4-6 triệu đồng" → "bốn đến sáu triệu đồng") and "per" after the currency
 * ("30.000 đồng/hộ/tháng" → "ba mươi nghìn đồng một hộ một tháng", issue 9) are read with it.
 */
const AMOUNT = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?';
const MONEY = new RegExp(
  `${NUM_START}(?:${AMOUNT}\\s?(nghìn|ngàn|triệu|tỷ|tỉ)?\\s*[-–]\\s*)?${AMOUNT}\\s?(nghìn|ngàn|triệu|tỷ|tỉ)?\\s?(đồng|đ|VNĐ|VND|vnđ|₫)${PER}?${END}`,
  'gu',
);

export const moneyRule: Rule = {
  name: 'money',
  pattern: () => MONEY,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [, fromWhole, fromFraction, fromScale, whole = '', fraction, scale, , per] = match;
    const words: string[] = [];
    if (fromWhole) {
      words.push(readDecimal(fromFraction ? `${fromWhole},${fromFraction}` : fromWhole, context.dialect));
      if (fromScale) words.push(readScale(fromScale, context));
      words.push('đến');
    }
    words.push(readDecimal(fraction ? `${whole},${fraction}` : whole, context.dialect));
    if (scale) words.push(readScale(scale, context));
    words.push('đồng');
    if (per) words.push(readPer(per));
    return { spoken: words.join(' ') };
  },
};
