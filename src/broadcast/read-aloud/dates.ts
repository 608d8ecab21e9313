import { readCardinal } from './numbers.ts';
import { END, NUM_END, NUM_START, START, type Rule, type RuleContext, type RuleResult } from './rule.ts';

/**
 * Dates written d/m/yyyy (or d-m-yyyy), "ngày d/m" and "tháng m/yyyy". FACTS.md "Loudspeakers":
 * "1/7/2025" → "ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm", with "mồng"
 * for days 1–10 in the North. A date that does not exist (31/2) is a warning, not a reading.
 * A bare "m/yyyy" is a month (or, after "quý", a quarter); a bare "d/m" is read as a date only
 * after a word that introduces one ("từ 1/7", "hạn 30/6"), since "3/5" alone may be a fraction.
 */
const FULL_DATE = new RegExp(`${START}(?:([Nn]gày)\\s+)?${NUM_START}(\\d{1,2})([/-])(\\d{1,2})\\3(\\d{4})${NUM_END}`, 'gu');
const DAY_MONTH = new RegExp(`${START}([Nn]gày)\\s+(\\d{1,2})\\/(\\d{1,2})${NUM_END}`, 'gu');
const MONTH_YEAR = new RegExp(`${START}([Tt]háng)\\s+(\\d{1,2})\\/(\\d{4})${END}`, 'gu');
/**
 * Words after which a bare d/m is a date or a deadline; "ngày" is said before it. Not "trong":
 * "trong 3/5 số hộ" is a fraction far more often than a date.
 */
const DATE_INTRO = ['từ', 'đến', 'tới', 'trước', 'sau', 'hết', 'hạn', 'chót', 'vào'];
const INTRODUCED_DAY_MONTH = new RegExp(`${START}(${DATE_INTRO.map(anyCase).join('|')})\\s+${NUM_START}(\\d{1,2})\\/(\\d{1,2})${NUM_END}`, 'gu');
/** "12/2025", "quý 4/2025"; not after "số", where it is a document or file number. */
const BARE_MONTH_YEAR = new RegExp(`${START}(?<![Ss]ố\\s+)(?:([Qq]uý)\\s+)?${NUM_START}(\\d{1,2})\\/(\\d{4})${NUM_END}`, 'gu');
const QUARTERS = 4;

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

export const introducedDayMonthRule: Rule = {
  name: 'date',
  pattern: () => INTRODUCED_DAY_MONTH,
  read: (match, context) => {
    const [written, intro = '', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, 'ngày');
    return date.warning ? date : { spoken: `${intro} ${date.spoken}` };
  },
};

export const bareMonthYearRule: Rule = {
  name: 'date',
  pattern: () => BARE_MONTH_YEAR,
  read: (match, context) => {
    const [written, quarterWord, period = '', year = ''] = match;
    const value = Number(period);
    const yearWords = `năm ${readCardinal(year, context.dialect)}`;
    if (quarterWord) {
      // Quarters are counted, not named: "quý bốn", as "quý IV" is read (roman.ts).
      if (value < 1 || value > QUARTERS) return notADate(written);
      return { spoken: `${quarterWord} ${readCardinal(period, context.dialect)} ${yearWords}` };
    }
    if (!isMonth(value)) return notADate(written);
    return { spoken: `tháng ${readMonth(value, context)} ${yearWords}` };
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

/** "từ" → "[Tt]ừ": a date may start a sentence. */
function anyCase(word: string): string {
  return `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`;
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
