import { readCardinal, readDecimal } from './numbers.ts';
import { HAS_DIGIT } from './quick-tests.ts';
import { END, NUM_START, START, type Rule, type RuleContext } from './rule.ts';

/**
 * Measures after a number, and "per" after them: "560km" → "năm trăm sáu mươi ki lô mét",
 * "63,6 tạ/ha" → "sáu mươi ba phẩy sáu tạ một héc ta", "10 km/h" → "mười ki lô mét một giờ",
 * "100-200mm" → "một trăm đến hai trăm mi li mét", "20-23 độ C" → "hai mươi đến hai mươi ba độ xê".
 * A unit is only read after a number: alone, "ha" and "m" are also syllables. The slash after
 * a unit means "per" and is read "một" ("một héc ta"), as announcers read "đồng/hộ/tháng".
 */
export const UNITS: Record<string, string> = {
  mm: 'mi li mét', cm: 'xăng ti mét', m: 'mét', km: 'ki lô mét', Km: 'ki lô mét',
  m2: 'mét vuông', 'm²': 'mét vuông', m3: 'mét khối', 'm³': 'mét khối', km2: 'ki lô mét vuông', 'km²': 'ki lô mét vuông',
  ha: 'héc ta', kg: 'ki lô gam', g: 'gam', mg: 'mi li gam', ml: 'mi li lít', 'lít': 'lít', l: 'lít',
  'tạ': 'tạ', 'tấn': 'tấn', 'sào': 'sào', 'mẫu': 'mẫu',
  kV: 'ki lô vôn', kW: 'ki lô oát', kWh: 'ki lô oát giờ', MW: 'mê ga oát',
  '°C': 'độ xê', oC: 'độ xê', 'độ C': 'độ xê', '° C': 'độ xê',
};

/** What may follow "/" after a unit or a sum of money, read "một …" (one …, i.e. per). */
export const PER_WORDS: Record<string, string> = {
  h: 'giờ', 'giờ': 'giờ', 'ngày': 'ngày', 'tháng': 'tháng', 'năm': 'năm', 'tuần': 'tuần', 'lần': 'lần', 'đợt': 'đợt',
  'hộ': 'hộ', 'người': 'người', 'khẩu': 'khẩu', 'suất': 'suất', 'lượt': 'lượt', 'buổi': 'buổi', 'ca': 'ca', 'chuyến': 'chuyến',
  'con': 'con', 'cháu': 'cháu', 'trẻ': 'trẻ', 'em': 'em', 'xe': 'xe', 'bộ': 'bộ', 'hồ sơ': 'hồ sơ', 'bản': 'bản', 'trang': 'trang',
  ha: 'héc ta', 'sào': 'sào', 'mẫu': 'mẫu', kg: 'ki lô gam', 'tạ': 'tạ', 'tấn': 'tấn', m2: 'mét vuông', 'm²': 'mét vuông',
  m3: 'mét khối', 'm³': 'mét khối', m: 'mét', km: 'ki lô mét', 'lít': 'lít', kWh: 'ki lô oát giờ', 'tiếng': 'tiếng',
  'phòng': 'phòng', 'hội viên': 'hội viên', 'học sinh': 'học sinh', 'thửa': 'thửa', 'căn': 'căn', 'gói': 'gói', 'kỳ': 'kỳ',
  'tiết': 'tiết', 'mét': 'mét', 'km2': 'ki lô mét vuông',
  'tổ chức': 'tổ chức', 'cơ sở': 'cơ sở', 'đơn vị': 'đơn vị', 'cơ quan': 'cơ quan', 'doanh nghiệp': 'doanh nghiệp',
  'hộ gia đình': 'hộ gia đình', 'người dân': 'người dân', 'thí sinh': 'thí sinh', 'lô': 'lô', 'ki ốt': 'ki ốt', 'sạp': 'sạp',
};

const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)';
const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const UNIT = `(${byLength(Object.keys(UNITS))})`;
export const PER = `((?:\\s?\\/\\s?(?:${byLength(Object.keys(PER_WORDS))}))+)`;
const SCALE = '(?:\\s?(nghìn|ngàn|triệu|tỷ|tỉ))?';
const MEASURE = new RegExp(`${NUM_START}(?:${NUMBER}\\s*[-–]\\s*)?${NUMBER}${SCALE}\\s?${UNIT}${PER}?${END}`, 'gu');

export const measureRule: Rule = {
  name: 'unit',
  pattern: () => MEASURE,
  requires: HAS_DIGIT,
  read: (match, context) => {
    const [, from, to = '', scale, unit = '', per] = match;
    if (/^0\d/.test(to) || (from && /^0\d/.test(from))) return undefined;
    // "tới 21g ngày 7/9": "g" before a day or a time of day is the hour, not grams.
    if (unit === 'g' && /^\s*(?:\d|ngày|sáng|trưa|chiều|tối|đêm|hôm|hằng|hàng|cùng)/u.test(match.input.slice(match.index + match[0].length))) return undefined;
    const amount = readDecimal(to, context.dialect);
    const words = from ? [readDecimal(from, context.dialect), 'đến', amount] : [amount];
    if (scale) words.push(readScale(scale, context));
    words.push(UNITS[unit] ?? unit);
    if (per) words.push(readPer(per));
    return { spoken: words.join(' ') };
  },
};

/** "/hộ/tháng" → "một hộ một tháng". */
export function readPer(per: string): string {
  return per.split('/').map((part) => part.trim()).filter(Boolean).map((part) => `một ${PER_WORDS[part] ?? part}`).join(' ');
}

export function readScale(scale: string, context: RuleContext): string {
  if (scale === 'nghìn' || scale === 'ngàn') return context.words.thousand;
  return scale === 'tỉ' ? 'tỷ' : scale;
}

/**
 * Roads and milestones: "QL3", "QL.3", "QL 1A" → "quốc lộ ba", "quốc lộ một a"; "ĐT 254", "ĐT.254"
 * → "đường tỉnh hai trăm năm mươi tư"; "TL" tỉnh lộ; "ĐH" đường huyện; "Km 15", "Km15+500" →
 * "ki lô mét mười lăm (cộng năm trăm)". Only with a number: "ĐT:" before a phone is "điện thoại".
 */
const ROAD_WORDS: Record<string, string> = { QL: 'quốc lộ', 'ĐT': 'đường tỉnh', TL: 'tỉnh lộ', 'ĐH': 'đường huyện', Km: 'ki lô mét', KM: 'ki lô mét' };
const ROAD = new RegExp(`${START}(QL|ĐT|TL|ĐH|Km|KM)[.\\s]?(\\d{1,4})([A-D])?(?:\\+(\\d{1,3}))?${END}`, 'gu');
const ROAD_LETTERS: Record<string, string> = { A: 'a', B: 'bê', C: 'xê', D: 'đê' };

export const roadRule: Rule = {
  name: 'road',
  pattern: () => ROAD,
  requires: /(?:QL|ĐT|TL|ĐH|Km|KM)[.\s]?\d/u,
  read: (match, context) => {
    const [written, kind = '', number = '', letter, plus] = match;
    // "ĐT 0208 3855 123" is a phone number after "điện thoại"; a road number has no leading zero.
    if (/^0/.test(number)) return undefined;
    if ((kind === 'ĐT' || kind === 'ĐH') && number.length > 3) return undefined;
    const words = [ROAD_WORDS[kind], readCardinal(number, context.dialect)];
    if (letter) words.push(ROAD_LETTERS[letter]);
    if (plus) words.push('cộng', readCardinal(plus, context.dialect));
    return written ? { spoken: words.join(' ') } : undefined;
  },
};
