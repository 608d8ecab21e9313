import { readDigits } from './numbers.ts';
import { HAS_DIGIT, HAS_SERVICE_NUMBER } from './quick-tests.ts';
import { NUM_END, NUM_START, START, type Rule } from './rule.ts';

/**
 * Phone numbers, digit by digit in the groups they are written in, with a pause (comma)
 * between groups (FACTS.md "Loudspeakers"): "0208 3855 123" → "không hai không tám, ba tám năm
 * năm, một hai ba". Mobile (10 digits) and landline (11 digits) numbers start with 0; "+84"
 * replaces that 0; hotlines start with 1800 or 1900. Numbers written without spaces are
 * grouped 4-3-3 (mobile) or 4-4-3 (landline), as they are printed.
 */
const SEP = '[ .-]?';
const PHONE = new RegExp(
  `(?:${START}\\((\\+84)\\)\\s?|${NUM_START}(?:(\\+84)\\s?|(?=0)))(\\d{2,4}(?:${SEP}\\d{2,7}){1,4})${NUM_END}|${NUM_START}(1[89]00)${SEP}(\\d{3,4})(?:${SEP}(\\d{1,3}))?${NUM_END}`,
  'gu',
);

/** "19001234", "18001096": a hotline printed without its space, read in its two groups. */
const UNSPACED_HOTLINE = new RegExp(`${NUM_START}(1[89]00)(\\d{4,6})${NUM_END}`, 'gu');

/**
 * A province's line for a short service number: "0290 1022", "0235.1022" → the area code, then
 * the service number digit by digit ("không hai chín không, một không hai hai").
 */
const AREA_SERVICE = new RegExp(`${NUM_START}(0\\d{2,3})[ .-]?(1022|11[1-5])${NUM_END}`, 'gu');

/**
 * Landlines printed with the area code in brackets, "(0208) 3855 123" or "(028) 3822 1234":
 * the brackets are not read, the area code is the first group.
 */
const BRACKETED = new RegExp(`${START}\\((0\\d{2,3})\\)\\s?(\\d{3,8}(?:${SEP}\\d{2,4}){0,2})${NUM_END}`, 'gu');
const LANDLINE_DIGITS = 11;

export const phoneRule: Rule = {
  name: 'phone',
  pattern: () => PHONE,
  requires: HAS_DIGIT,
  read: (match) => {
    const [, bracketedCountry, plainCountry, national, hotline, ...rest] = match;
    const country = bracketedCountry ?? plainCountry;
    if (hotline) return { spoken: [hotline, ...rest.filter(Boolean)].map((group) => readDigits(group ?? '')).join(', ') };
    const groups = (national ?? '').split(/[ .-]/);
    const digits = groups.join('');
    const expected = country ? [9, 10] : [10, 11];
    if (!expected.includes(digits.length)) return undefined;
    // "0869 570565": a group longer than four is said in threes ("năm bảy không, năm sáu năm").
    const spokenGroups = (groups.length > 1 ? groups.flatMap((group) => (group.length > 4 ? group.match(/\d{1,3}/g) ?? [group] : [group])) : splitUngrouped(digits)).map(readDigits);
    return { spoken: [country ? 'cộng tám bốn' : undefined, ...spokenGroups].filter(Boolean).join(', ') };
  },
};

export const unspacedHotlineRule: Rule = {
  name: 'phone',
  pattern: () => UNSPACED_HOTLINE,
  requires: /1[89]00\d/,
  read: (match) => ({ spoken: [match[1] ?? '', match[2] ?? ''].map(readDigits).join(', ') }),
};

export const areaServiceRule: Rule = {
  name: 'phone',
  pattern: () => AREA_SERVICE,
  requires: HAS_SERVICE_NUMBER,
  read: (match) => ({ spoken: [match[1] ?? '', match[2] ?? ''].map(readDigits).join(', ') }),
};

export const bracketedPhoneRule: Rule = {
  name: 'phone',
  pattern: () => BRACKETED,
  requires: /\(0\d/,
  read: (match) => {
    const [, area = '', local = ''] = match;
    const groups = local.split(/[ .-]/);
    if (area.length + groups.join('').length !== LANDLINE_DIGITS) return undefined;
    // An unspaced local number ("3855123") is printed 4-3 or 4-4, like the rest of a landline.
    const localGroups = groups.length > 1 ? groups : [local.slice(0, 4), local.slice(4)];
    return { spoken: [area, ...localGroups].map(readDigits).join(', ') };
  },
};

function splitUngrouped(digits: string): string[] {
  const sizes = digits.length === 11 ? [4, 4, 3] : digits.length === 10 ? [4, 3, 3] : [3, 3, 3];
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) groups.push(digits.slice(at));
  return groups.filter(Boolean);
}
