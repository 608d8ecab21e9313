import { readCardinal } from './numbers.ts';
import { NUM_END, NUM_START, type Rule, type RuleContext } from './rule.ts';

/**
 * Clock times "7h30", "7h", "17:05", alone or as a range ("7h30-11h30" → "bảy giờ ba mươi phút
 * đến mười một giờ ba mươi phút"). Minutes are followed by "phút" so that "7h05" is not heard
 * as "bảy giờ không năm".
 */
const TIME = '(\\d{1,2})(?:h(\\d{2})?|:(\\d{2}))';
const TIMES = new RegExp(`${NUM_START}${TIME}(?:\\s*[-–]\\s*${TIME})?${NUM_END}`, 'gu');

export const timeRule: Rule = {
  name: 'time',
  pattern: () => TIMES,
  read: (match, context) => {
    const [written, hour = '', minuteH, minuteColon, hour2, minuteH2, minuteColon2] = match;
    const first = readTime(hour, minuteH ?? minuteColon, context);
    const second = hour2 === undefined ? '' : readTime(hour2, minuteH2 ?? minuteColon2, context);
    if (first === undefined || second === undefined) {
      return { spoken: written, warning: `"${written}" trông như giờ nhưng không có giờ này: kiểm tra lại.` };
    }
    return { spoken: second ? `${first} đến ${second}` : first };
  },
};

function readTime(hour: string, minute: string | undefined, context: RuleContext): string | undefined {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  const spokenHour = `${readCardinal(String(h), context.dialect)} giờ`;
  return m === 0 ? spokenHour : `${spokenHour} ${readCardinal(String(m), context.dialect)} phút`;
}
