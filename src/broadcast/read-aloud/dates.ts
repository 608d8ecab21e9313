import { readCardinal } from './numbers.ts';
import { HAS_DATE_SEPARATOR, HAS_DIGIT, HAS_DOTTED_DIGITS } from './quick-tests.ts';
import { END, NUM_END, NUM_START, START, type Rule, type RuleContext, type RuleResult } from './rule.ts';

/**
 * Dates written d/m/yyyy (or d-m-yyyy), "ngày d/m" and "tháng m/yyyy". FACTS.md "Loudspeakers":
 * "1/7/2025" → "ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm", with "mồng"
 * for days 1–10 in the North. A date that does not exist (31/2) is a warning, not a reading.
 * A bare "m/yyyy" is a month (or, after "quý", a quarter); a bare "d/m" is read as a date only
 * after a word that introduces one ("từ 1/7", "hạn 30/6"), since "3/5" alone may be a fraction.
 */
const FULL_DATE = new RegExp(`${START}(?:([Nn]gày)\\s+)?${NUM_START}(\\d{1,2})([/-])(\\d{1,2})\\3(\\d{4})${NUM_END}`, 'gu');
/** "ngày 15/8", "ngày mồng 1/7", and with a dash "ngày 31-10" (a dash date needs the word "ngày"). */
const DAY_MONTH = new RegExp(`${START}([Nn]gày)\\s+(?:(?:mồng|mùng)\\s+)?(\\d{1,2})([/-])(\\d{1,2})(?![-/]?\\d)${NUM_END}`, 'gu');
// "tháng 7/2025", "tháng 12-2021".
const MONTH_YEAR = new RegExp(`${START}([Tt]háng)\\s+(\\d{1,2})[/-](\\d{4})${END}`, 'gu');
/**
 * Words after which a bare d/m is a date or a deadline; "ngày" is said before it. Not "trong":
 * "trong 3/5 số hộ" is a fraction far more often than a date.
 */
const DATE_INTRO = ['từ', 'đến', 'tới', 'trước', 'sau', 'hết', 'hạn', 'chót', 'vào'];
/**
 * Words for a part of the day or a named day, after which a d/m (or d-m) is always a date
 * (issue 9: "sáng 15/9", "đêm 29/8", "10h sáng 10/10", "chiều 20-1"): "sáng ngày mười lăm tháng chín".
 */
const DAY_PARTS = ['rạng sáng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm nay', 'hôm qua', 'ngày mai', 'mai', 'chủ nhật', 'Chủ nhật', 'Chủ Nhật'];
const INTRODUCED_DAY_MONTH = new RegExp(`${START}(${DATE_INTRO.map(anyCase).join('|')})\\s+${NUM_START}(\\d{1,2})\\/(\\d{1,2})${NUM_END}`, 'gu');
const DAY_PART_DATE = new RegExp(`${START}(${DAY_PARTS.map(anyCase).join('|')})(\\s+[-–]\\s+|\\s+)${NUM_START}(\\d{1,2})[/-](\\d{1,2})(?![-/]?\\d)${NUM_END}`, 'gu');
/**
 * A bare d/m closing a clause ("(7/2)", "… ngày mai 19/6.", "vào dịp 2/9,") is a date; a
 * fraction is followed by what it counts ("3/5 số phiếu") or comes after a word that takes
 * a quantity ("đạt 3/5.").
 */
/** Streets and squares named after a date: "đường 30/4" → "đường ba mươi tháng tư" (no "ngày"). */
const STREET_DATE = new RegExp(`${START}([Đđ]ường|[Pp]hố|[Qq]uảng trường|[Cc]ầu|[Tt]rường|[Cc]ông viên)\\s+${NUM_START}(\\d{1,2})\\/(\\d{1,2})${NUM_END}`, 'gu');
/** "đến hết 2-9,", "từ 31-8." : a dash date after a date word, where nothing counted follows. */
const INTRODUCED_DASH_DATE = new RegExp(`${START}(${DATE_INTRO.map(anyCase).join('|')})\\s+${NUM_START}(\\d{1,2})-(\\d{1,2})(?=\\s*(?:[),.;:!?]|$))`, 'gmu');
/** "Ngày 31.8": a dotted day and month, only right after "ngày" (elsewhere "21.6" may be a number). */
const DOTTED_DAY_MONTH = new RegExp(`${START}([Nn]gày)\\s+(\\d{1,2})\\.(\\d{1,2})(?![\\p{L}\\p{M}\\p{N}]|[.,]\\d)`, 'gu');
const QUANTITY_WORDS = ['được', 'chiếm', 'đạt', 'có', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'là', 'còn', 'bằng', 'trong', 'số', 'tỷ lệ', 'đóng'];
const CLOSING_DAY_MONTH = new RegExp(`${START}(?<!(?:${QUANTITY_WORDS.map(anyCase).join('|')})\\s+)${NUM_START}(\\d{1,2})\\/(\\d{1,2})(?=\\s*(?:[),.;:!?]|$))`, 'gmu');
/**
 * Day ranges: "(19 - 23/01/2026)" → "ngày mười chín đến ngày hai mươi ba tháng một năm …",
 * "ngày 5-6/9", "26/11-28/11/2019", "23/2 - 1/3/2026". Each day gets "ngày", as announcers say it.
 */
const DAY_RANGE = new RegExp(`${START}(?:([Nn]gày)\\s+)?${NUM_START}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}))?${NUM_END}`, 'gu');
const DATE_RANGE = new RegExp(`${START}(?:([Nn]gày)\\s+)?${NUM_START}(\\d{1,2})\\/(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}))?${NUM_END}`, 'gu');
/** "12/2025", "quý 4/2025"; not after "số", where it is a document or file number. */
const BARE_MONTH_YEAR = new RegExp(`${START}(?<![Ss]ố\\s+)(?:([Qq]uý)\\s+)?${NUM_START}(\\d{1,2})\\/(\\d{4})${NUM_END}`, 'gu');
const QUARTERS = 4;
/**
 * Dates written in words with figures: "ngày 01 tháng 11 năm 2020", "ngày 24 tháng 4", "tháng 01
 * năm 2020", "tháng 4" (the fourth month: "tháng tư"; "4 tháng" is a count and is not touched),
 * and a day alone after "ngày" ("ngày 5" → "ngày mồng năm" in the North).
 */
const SPELLED_DATE = new RegExp(`${START}([Nn]gày)\\s+(?:(?:mồng|mùng)\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?${NUM_END}`, 'gu');
const MONTH_NAME = new RegExp(`${START}([Tt]háng)\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?(?![\\p{L}\\p{M}\\p{N}]|[.,/-]\\d)`, 'gu');
const DAY_ALONE = new RegExp(`${START}([Nn]gày)\\s+(?:(?:mồng|mùng)\\s+)?(\\d{1,2}(?:\\s*(?:,|và|hoặc)\\s*\\d{1,2})*)(?![\\p{L}\\p{M}\\p{N}]|[.,/-]\\d|\\s*[-–]\\s*\\d|\\s+(?:tháng|giờ|ngày|lần|đợt)(?![\\p{L}\\p{M}]))`, 'gu');

export const fullDateRule: Rule = {
  name: 'date',
  pattern: () => FULL_DATE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', , month = '', year = ''] = match;
    return readDate(written, context, Number(day), Number(month), Number(year), dayWord);
  },
};

export const dayMonthRule: Rule = {
  name: 'date',
  pattern: () => DAY_MONTH,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', , month = ''] = match;
    return readDate(written, context, Number(day), Number(month), undefined, dayWord);
  },
};

export const dayPartDateRule: Rule = {
  name: 'date',
  pattern: () => DAY_PART_DATE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, part = '', gap = '', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, 'ngày');
    if (date.warning) return date;
    // "ngày mai 19/6" → "ngày mai, ngày mười chín tháng sáu"; "sáng 15/9" → "sáng ngày mười lăm …".
    const named = /^(?:hôm nay|hôm qua|ngày mai|mai)$/i.test(part) || /[-–]/.test(gap);
    return { spoken: `${part}${named ? ',' : ''} ${date.spoken}` };
  },
};

export const closingDayMonthRule: Rule = {
  name: 'date',
  pattern: () => CLOSING_DAY_MONTH,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, 'ngày');
    return date.warning ? undefined : date;
  },
};

export const dayRangeRule: Rule = {
  name: 'date',
  pattern: () => DAY_RANGE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, dayWord = 'ngày', from = '', to = '', month = '', year] = match;
    const y = year === undefined ? undefined : Number(year);
    const first = readDate(written, context, Number(from), Number(month), y, dayWord);
    const last = readDate(written, context, Number(to), Number(month), y, 'ngày');
    if (first.warning || last.warning || Number(from) >= Number(to)) return year ? notADate(written) : undefined;
    const firstDay = first.spoken.replace(/ tháng .*$/, '');
    return { spoken: `${firstDay} đến ${last.spoken}` };
  },
};

export const dateRangeRule: Rule = {
  name: 'date',
  pattern: () => DATE_RANGE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, writtenDayWord, fromDay = '', fromMonth = '', toDay = '', toMonth = '', year] = match;
    const dayWord = writtenDayWord ?? 'ngày';
    // "thả bèo từ 1/3-2/3 mặt ao": without a year or "ngày", two small fractions followed by what
    // they measure may be a share, not two dates (issue 9 corpus). Flagged, not guessed.
    const fraction = (top: string, bottom: string) => Number(top) < Number(bottom) && Number(bottom) <= 10;
    if (!year && !writtenDayWord && fraction(fromDay, fromMonth) && fraction(toDay, toMonth)
      && /^\s+\p{Ll}/u.test(match.input.slice(match.index + written.length))) {
      return {
        spoken: written,
        warning: `"${written}" có thể là ngày tháng hoặc phân số`,
        advice: `"${written}" có thể là ngày tháng hoặc phân số: viết "từ ngày … đến ngày …" hoặc "từ một phần ba đến hai phần ba"`,
      };
    }
    const y = year === undefined ? undefined : Number(year);
    const first = readDate(written, context, Number(fromDay), Number(fromMonth), y, dayWord);
    const last = readDate(written, context, Number(toDay), Number(toMonth), y, 'ngày');
    if (first.warning || last.warning) return notADate(written);
    // The year is said once, at the end: "ngày hai mươi tám tháng hai đến ngày mồng ba tháng ba năm …".
    return { spoken: `${first.spoken.replace(/ năm .*$/, '')} đến ${last.spoken}` };
  },
};

export const monthYearRule: Rule = {
  name: 'date',
  pattern: () => MONTH_YEAR,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, monthWord = 'tháng', month = '', year = ''] = match;
    if (!isMonth(Number(month))) return notADate(written);
    return { spoken: `${monthWord} ${readMonth(Number(month), context)} năm ${readCardinal(year, context.dialect)}` };
  },
};

export const introducedDayMonthRule: Rule = {
  name: 'date',
  pattern: () => INTRODUCED_DAY_MONTH,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, intro = '', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, 'ngày');
    return date.warning ? date : { spoken: `${intro} ${date.spoken}` };
  },
};

export const bareMonthYearRule: Rule = {
  name: 'date',
  pattern: () => BARE_MONTH_YEAR,
  requires: HAS_DATE_SEPARATOR,
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

export const spelledDateRule: Rule = {
  name: 'date',
  pattern: () => SPELLED_DATE,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', month = '', year] = match;
    const date = readDate(written, context, Number(day), Number(month), year === undefined ? undefined : Number(year), dayWord);
    return date;
  },
};

export const monthNameRule: Rule = {
  name: 'date',
  pattern: () => MONTH_NAME,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [written, monthWord = 'tháng', month = '', year] = match;
    if (!isMonth(Number(month))) return notADate(written);
    const words = [monthWord, readMonth(Number(month), context)];
    if (year) words.push('năm', readCardinal(year, context.dialect));
    return { spoken: words.join(' ') };
  },
};

export const dayAloneRule: Rule = {
  name: 'date',
  pattern: () => DAY_ALONE,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [written, dayWord = 'ngày', days = ''] = match;
    // "các ngày 5 và 6 hàng tháng" → "các ngày mồng năm và mồng sáu hàng tháng".
    const parts = days.split(/(\s*(?:,|và|hoặc)\s*)/);
    const spoken: string[] = [];
    for (const part of parts) {
      if (!/^\d+$/.test(part)) {
        spoken.push(part.trim() === ',' ? ', ' : ` ${part.trim()} `);
        continue;
      }
      const value = Number(part);
      if (value < 1 || value > 31) return notADate(written);
      const prefix = value <= 10 ? context.words.earlyDayPrefix : undefined;
      spoken.push([prefix, readCardinal(String(value), context.dialect)].filter(Boolean).join(' '));
    }
    return { spoken: `${dayWord} ${spoken.join('')}` };
  },
};

export const streetDateRule: Rule = {
  name: 'date',
  pattern: () => STREET_DATE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, street = '', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, '');
    return date.warning ? undefined : { spoken: `${street} ${readCardinal(String(Number(day)), context.dialect)} tháng ${readMonth(Number(month), context)}` };
  },
};

export const introducedDashDateRule: Rule = {
  name: 'date',
  pattern: () => INTRODUCED_DASH_DATE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, intro = '', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, 'ngày');
    return date.warning ? undefined : { spoken: `${intro} ${date.spoken}` };
  },
};

export const dottedDayMonthRule: Rule = {
  name: 'date',
  pattern: () => DOTTED_DAY_MONTH,
  requires: HAS_DOTTED_DIGITS,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, dayWord);
    return date.warning ? undefined : date;
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
  return { spoken: written, warning: `"${written}" trông như ngày tháng nhưng không có ngày này`, advice: `"${written}" trông như ngày tháng nhưng không có ngày này: kiểm tra lại, hoặc nếu là phân số thì viết bằng chữ ("ba phần năm")` };
}

/**
 * "15.11.2017", "15.3.2026": a dotted day.month.year (newspapers and some notices). Never a
 * number: a thousands group has three digits, not four, so this shape is always a date.
 */
const DOTTED_FULL_DATE = new RegExp(`${NUM_START}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${NUM_END}`, 'gu');

export const dottedFullDateRule: Rule = {
  name: 'date',
  pattern: () => DOTTED_FULL_DATE,
  requires: HAS_DOTTED_DIGITS,
  read: (match, context) => {
    const [written, day = '', month = '', year = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), Number(year), 'ngày');
    return date.warning ? undefined : date;
  },
};

/**
 * "Sáng nay (17-11)", "ngày mai (19/6)": in brackets right after a day named in words, a
 * day-month pair is that day's date, whether written with "/" or "-".
 */
const NAMED_DAY_BRACKET = new RegExp(`(?<=(?:[Hh]ôm nay|[Hh]ôm qua|\\p{L}+ nay|\\p{L}+ mai|[Nn]gày mai|[Hh]ôm nay)\\s*\\()(\\d{1,2})[-/.](\\d{1,2})(?=\\))`, 'gu');

export const namedDayBracketRule: Rule = {
  name: 'date',
  pattern: () => NAMED_DAY_BRACKET,
  requires: /\(\d/,
  read: (match, context) => {
    const [written, day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, 'ngày');
    return date.warning ? undefined : date;
  },
};

/**
 * "từ 26 đến 28-3", "từ 5 đến 10/9": the first day of a range whose month is written only once,
 * at the end. The second day is read by the date rules; this one gets "ngày" the same way.
 */
const OPEN_DAY_RANGE = new RegExp(`${START}([Tt]ừ)\\s+(?:ngày\\s+)?(\\d{1,2})(?=\\s+(?:đến|tới)\\s+(?:ngày\\s+)?\\d{1,2}[-/]\\d{1,2}(?![\\p{N}]))`, 'gu');

export const openDayRangeRule: Rule = {
  name: 'date',
  pattern: () => OPEN_DAY_RANGE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, from = '', day = ''] = match;
    const date = readDate(written, context, Number(day), 1, undefined, 'ngày');
    if (date.warning) return undefined;
    // The month is the range's own, said at its end: only "ngày <day>" here.
    const prefix = Number(day) <= 10 ? context.words.earlyDayPrefix : undefined;
    return { spoken: [from, 'ngày', prefix, readCardinal(String(Number(day)), context.dialect)].filter(Boolean).join(' ') };
  },
};

/** "ngày 23 – 5 – 2021": a full date with spaced dashes, only after "ngày" (elsewhere it is a sum). */
const SPACED_FULL_DATE = new RegExp(`${START}([Nn]gày)\\s+(\\d{1,2})\\s+[-–]\\s+(\\d{1,2})\\s+[-–]\\s+(\\d{4})${NUM_END}`, 'gu');

export const spacedFullDateRule: Rule = {
  name: 'date',
  pattern: () => SPACED_FULL_DATE,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [written, dayWord = 'ngày', day = '', month = '', year = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), Number(year), dayWord);
    return date.warning ? undefined : date;
  },
};

/**
 * Holidays named by their date: "nghỉ lễ 30/4", "dịp lễ 2/9" → "lễ ba mươi tháng tư", "lễ mồng
 * hai tháng chín" (the day is the holiday's name, so no "ngày" is added).
 */
const HOLIDAY_DATE = new RegExp(`${START}([Ll]ễ|[Tt]ết)\\s+${NUM_START}(\\d{1,2})\\/(\\d{1,2})${NUM_END}`, 'gu');

export const holidayDateRule: Rule = {
  name: 'date',
  pattern: () => HOLIDAY_DATE,
  requires: HAS_DATE_SEPARATOR,
  read: (match, context) => {
    const [written, word = '', day = '', month = ''] = match;
    const date = readDate(written, context, Number(day), Number(month), undefined, '');
    return date.warning ? undefined : { spoken: `${word} ${date.spoken}` };
  },
};
