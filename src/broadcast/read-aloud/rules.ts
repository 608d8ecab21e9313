import { definedAbbreviationRule, lexiconRule } from './abbreviations.ts';
import { emailRule, webAddressRule } from './addresses.ts';
import { cardinalRule, dottedNumberRule, rangeRule } from './cardinals.ts';
import { apostropheRule, bulletRule, endMarkRule } from './cleanup.ts';
import { dossierCodeRule, listRule, mixedCodeRule, plateRule, procedureCodeRule, roundTheClockRule } from './codes.ts';
import {
  bareMonthYearRule, closingDayMonthRule, dateRangeRule, dayAloneRule, dayMonthRule, dayPartDateRule, dayRangeRule,
  dottedDayMonthRule, dottedFullDateRule, fullDateRule, introducedDashDateRule, introducedDayMonthRule, monthNameRule, monthYearRule, holidayDateRule, namedDayBracketRule, openDayRangeRule, spacedFullDateRule, spelledDateRule,
  streetDateRule,
} from './dates.ts';
import { legalNumberRule, partyNumberRule } from './legal-numbers.ts';
import { moneyRule } from './money.ts';
import { minusRule } from './negatives.ts';
import { ordinalRule } from './ordinals.ts';
import { percentRule } from './percentages.ts';
import { areaServiceRule, bracketedPhoneRule, phoneRule, unspacedHotlineRule } from './phones.ts';
import { romanRule } from './roman.ts';
import type { Rule } from './rule.ts';
import { serviceNumberRule } from './service-numbers.ts';
import { bloodPressureRule, commandRule, policeRule } from './syllable-abbreviations.ts';
import { ampersandRule, dateFieldRule, syllableChainRule, perSlashRule, slashRule, spacedDashRule, strayRule } from './symbols.ts';
import { hourRangeRule, spelledTimeRule, timeRule } from './times.ts';
import { measureRule, roadRule } from './units.ts';
import { leftoverNumberRule, unknownWordRule } from './unknown-words.ts';

/**
 * The rules in priority order: the most specific shapes first, so that "69/2024/NĐ-CP" is a
 * document number before it is a date or an abbreviation, "0208 3855 123" a phone number before
 * it is three numbers, "7h30-11h30" a time range before it is a number range, "19 - 23/01/2026"
 * a range of days before "23/01/2026" is a date, and "63,6 tạ/ha" a measure before "ha" is a word.
 */
export const RULES: readonly Rule[] = [
  endMarkRule,
  bulletRule,
  emailRule,
  webAddressRule,
  dossierCodeRule,
  procedureCodeRule,
  plateRule,
  mixedCodeRule,
  legalNumberRule,
  partyNumberRule,
  measureRule,
  roadRule,
  moneyRule,
  policeRule,
  bloodPressureRule,
  commandRule,
  definedAbbreviationRule,
  lexiconRule,
  roundTheClockRule,
  namedDayBracketRule,
  dottedFullDateRule,
  spacedFullDateRule,
  holidayDateRule,
  openDayRangeRule,
  dateRangeRule,
  dayRangeRule,
  fullDateRule,
  spelledDateRule,
  dayMonthRule,
  monthYearRule,
  introducedDayMonthRule,
  introducedDashDateRule,
  streetDateRule,
  dottedDayMonthRule,
  dayPartDateRule,
  bareMonthYearRule,
  closingDayMonthRule,
  monthNameRule,
  dayAloneRule,
  hourRangeRule,
  spelledTimeRule,
  timeRule,
  apostropheRule,
  areaServiceRule,
  bracketedPhoneRule,
  phoneRule,
  unspacedHotlineRule,
  serviceNumberRule,
  percentRule,
  romanRule,
  ordinalRule,
  listRule,
  rangeRule,
  minusRule,
  dottedNumberRule,
  cardinalRule,
  leftoverNumberRule,
  unknownWordRule,
  ampersandRule,
  syllableChainRule,
  spacedDashRule,
  dateFieldRule,
  perSlashRule,
  slashRule,
  strayRule,
];
