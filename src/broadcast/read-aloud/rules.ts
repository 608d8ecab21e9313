import { lexiconRule } from './abbreviations.ts';
import { emailRule, webAddressRule } from './addresses.ts';
import { cardinalRule, dottedNumberRule, rangeRule } from './cardinals.ts';
import { bareMonthYearRule, dayMonthRule, fullDateRule, introducedDayMonthRule, monthYearRule } from './dates.ts';
import { legalNumberRule } from './legal-numbers.ts';
import { moneyRule } from './money.ts';
import { minusRule } from './negatives.ts';
import { ordinalRule } from './ordinals.ts';
import { percentRule } from './percentages.ts';
import { bracketedPhoneRule, phoneRule } from './phones.ts';
import { romanRule } from './roman.ts';
import type { Rule } from './rule.ts';
import { slashRule, spacedDashRule, strayRule } from './symbols.ts';
import { timeRule } from './times.ts';
import { leftoverNumberRule, unknownWordRule } from './unknown-words.ts';

/**
 * The rules in priority order: the most specific shapes first, so that "69/2024/NĐ-CP" is a
 * document number before it is a date or an abbreviation, "0208 3855 123" a phone number before
 * it is three numbers, and "7h30-11h30" a time range before it is a number range.
 */
export const RULES: readonly Rule[] = [
  emailRule,
  webAddressRule,
  legalNumberRule,
  lexiconRule,
  fullDateRule,
  dayMonthRule,
  monthYearRule,
  introducedDayMonthRule,
  bareMonthYearRule,
  timeRule,
  bracketedPhoneRule,
  phoneRule,
  moneyRule,
  percentRule,
  romanRule,
  ordinalRule,
  rangeRule,
  minusRule,
  dottedNumberRule,
  cardinalRule,
  leftoverNumberRule,
  unknownWordRule,
  spacedDashRule,
  slashRule,
  strayRule,
];
