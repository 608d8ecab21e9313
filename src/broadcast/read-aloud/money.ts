import { readDecimal } from './numbers.ts';
import { END, NUM_START, type Rule } from './rule.ts';

/**
 * Sums of money: "50.000đ", "50.000 đồng", "2.500.000 VNĐ", "1,5 triệu đồng" → "... đồng"
 * (FACTS.md: "50.000đ" → "năm mươi nghìn đồng"). Dots separate thousands, a comma starts the
 * decimals, as in Vietnamese print. "triệu"/"tỷ" between the number and the currency stay words.
 */
const AMOUNT = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?';
const MONEY = new RegExp(`${NUM_START}${AMOUNT}\\s?(nghìn|ngàn|triệu|tỷ|tỉ)?\\s?(đồng|đ|VNĐ|VND|vnđ|₫)${END}`, 'gu');

export const moneyRule: Rule = {
  name: 'money',
  pattern: () => MONEY,
  read: (match, context) => {
    const [, whole = '', fraction, scale] = match;
    const amount = readDecimal(fraction ? `${whole},${fraction}` : whole, context.dialect);
    const scaleWord = scale === 'nghìn' || scale === 'ngàn' ? context.words.thousand : scale === 'tỉ' ? 'tỷ' : scale;
    return { spoken: [amount, scaleWord, 'đồng'].filter(Boolean).join(' ') };
  },
};
