import type { Rule } from './rule.ts';

/**
 * A minus sign at the start of a number: "-5 độ" → "âm năm độ". Only the sign is claimed, so
 * the number after it is read by whichever rule fits ("-0,5%" → "âm không phẩy năm phần
 * trăm"). It runs after ranges, so a dash between two numbers ("3-5 ngày", "3 -5") stays a
 * range; a dash glued to a word ("NĐ-CP", "F0-1") is not a sign either.
 */
const MINUS = /(?<![\p{L}\p{M}\p{N}.,/)\]])[-−](?=\d)/gu;

export const minusRule: Rule = {
  name: 'number',
  pattern: () => MINUS,
  requires: /[-−]\d/,
  read: () => ({ spoken: 'âm ' }),
};
