import { readCardinal } from './numbers.ts';
import { END, NUM_END, NUM_START, START, type Rule, type RuleContext, type RuleResult } from './rule.ts';

/**
 * Dates written d/m/yyyy (or d-m-yyyy), "ngày d/m" and "tháng m/yyyy". FACTS.md "Loudspeakers":
 * "1/7/2025" → "ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm", with "mồng"
 * for days 1–10 in the North. A date that does not exist (31/2) is a warning, not a reading.
 */
const FULL_DATE = new RegExp(`${START}(?:([Nn]gày)\\s+)?${NUM_START}(\\d{1,2})([/-])(\\d{1,2})\\3(\\d{4})${NUM_END}`, 'gu');
const DAY_MONTH = new RegExp(`${START}([Nn]gày)\\s+(\\d{1,2})\\/(\\d{1,2})${NUM_END}`, 'gu');
const MONTH_YEAR = new RegExp(`${START}([Tt]háng)\\s+(\\d{1,2})\\/(\\d{4})${END}`, 'gu');

export const fullDateRule: Rule = {
  name: 'date',
  pattern: () => FULL_DATE,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', , month = '', year = ''] = match;
    return readDate(written, context, Number(day), Number(month), Number(year), dayWord);
  },
};

export const dayMonthRule: Rule = {
  name: 'date',
  pattern: () => DAY_MONTH,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', month = ''] = match;
    return readDate(written, context, Number(day), Number(month), undefined, dayWord);
  },
};

export const monthYearRule: Rule = {
  name: 'date',
  pattern: () => MONTH_YEAR,
  read: (match, context) => {
    const [written, monthWord = 'tháng', month = '', year = ''] = match;
    if (!isMonth(Number(month))) return notADate(written);
    return { spoken: `${monthWord} ${readMonth(Number(month), context)} năm ${readCardinal(year, context.dialect)}` };
  },
};

function readDate(written: string, context: RuleContext, day: number, month: number, year: number | undefined, dayWord: string): RuleResult {
  if (!isMonth(month) || day < 1 || day > daysInMonth(month, year)) return notADate(written);
  const prefix = day <= 10 ? context.words.earlyDayPrefix : undefined;
  const words = [dayWord, prefix, readCardinal(String(day), context.dialect), 'tháng', readMonth(month, context)];
  if (year !== undefined) words.push('năm', readCardinal(String(year), context.dialect));
  return { spoken: words.filter(Boolean).join(' ') };
}

/** Months are named by number, except that the fourth is always "tháng tư". */
function readMonth(month: number, context: RuleContext): string {
  return month === 4 ? 'tư' : readCardinal(String(month), context.dialect);
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function notADate(written: string): RuleResult {
  return { spoken: written, warning: `"${written}" trông như ngày tháng nhưng không có ngày này: kiểm tra lại.` };
}
