import { readCardinal } from './numbers.ts';
import { END, NUM_END, NUM_START, type Rule, type RuleContext } from './rule.ts';

/**
 * Clock times "7h30", "7h", "17:05", "07:00:00", alone or as a range ("7h30-11h30" → "bảy giờ
 * ba mươi phút đến mười một giờ ba mươi phút"). Minutes are followed by "phút" so that "7h05"
 * is not heard as "bảy giờ không năm"; the same goes for "9 giờ 05" and "7 giờ 30", which
 * the writer meant the same way (issue 9). A stray apostrophe after the minutes ("7h30’") is
 * dropped. Leading zeros are padding: "07h00" is seven o'clock.
 * Newspapers write "21g" for 21h; grams ("5g muối") are read by units.ts first.
 */
const TIME = '(\\d{1,2})(?:[hg](\\d{2})?|:(\\d{2})(?::\\d{2})?)';
const TIMES = new RegExp(`${NUM_START}${TIME}(?:\\s*[-–]\\s*${TIME})?['’]?${NUM_END}`, 'gu');

/** "9 giờ 05", "07 giờ 30 phút", "7 giờ 00" (the word "phút" may be there or not). */
const SPELLED = new RegExp(`${NUM_START}(\\d{1,2}) giờ (\\d{2})(?: phút)?['’]?${END}`, 'gu');

/** "11-14h", "20-22h": the hours of a range share one "giờ", as announcers read them. */
const HOUR_RANGE = new RegExp(`${NUM_START}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})h${END}`, 'gu');

export const timeRule: Rule = {
  name: 'time',
  pattern: () => TIMES,
  requires: /\d[hg:]/,
  read: (match, context) => {
    const [written, hour = '', minuteH, minuteColon, hour2, minuteH2, minuteColon2] = match;
    const first = readTime(hour, minuteH ?? minuteColon, context);
    const second = hour2 === undefined ? '' : readTime(hour2, minuteH2 ?? minuteColon2, context);
    if (first === undefined || second === undefined) return impossible(written);
    return { spoken: second ? `${first} đến ${second}` : first };
  },
};

export const spelledTimeRule: Rule = {
  name: 'time',
  pattern: () => SPELLED,
  requires: /\d giờ \d/u,
  read: (match, context) => {
    const [written, hour = '', minute = ''] = match;
    const spoken = readTime(hour, minute, context);
    return spoken === undefined ? impossible(written) : { spoken };
  },
};

export const hourRangeRule: Rule = {
  name: 'time',
  pattern: () => HOUR_RANGE,
  requires: /\dh/,
  read: (match, context) => {
    const [written, from = '', to = ''] = match;
    if (Number(from) > 24 || Number(to) > 24) return impossible(written);
    return { spoken: `${readCardinal(String(Number(from)), context.dialect)} đến ${readCardinal(String(Number(to)), context.dialect)} giờ` };
  },
};

function impossible(written: string) {
  return { spoken: written, warning: `"${written}" trông như giờ nhưng không có giờ này: kiểm tra lại` };
}

function readTime(hour: string, minute: string | undefined, context: RuleContext): string | undefined {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  const spokenHour = `${readCardinal(String(h), context.dialect)} giờ`;
  return m === 0 ? spokenHour : `${spokenHour} ${readCardinal(String(m), context.dialect)} phút`;
}
