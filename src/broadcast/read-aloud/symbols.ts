import { HAS_DASH, HAS_SLASH, HAS_UNUSUAL_CHARACTER } from './quick-tests.ts';
import { START, type Rule } from './rule.ts';
import { PER, PER_WORDS, readPer, UNITS } from './units.ts';

/**
 * Punctuation that changes how a line is read, and symbols nobody can read aloud.
 * A dash between spaced words is a pause ("Văn hóa – Xã hội" keeps its words, the dash becomes
 * a comma); a slash between words means "or" ("xã/phường" → "xã hoặc phường").
 */
const SPACED_DASH = /\s+[-–—]\s+|(?<=[\p{L}\p{M}])[-–—]\s+(?=\p{L})|(?<=\p{Ll}\p{M}?)-(?=\p{L})/gu;
const WORD_SLASH = /(?<=[\p{L}\p{M}])\s*\/\s*(?=\p{L})/gu;
/** Anything that is not a letter, a digit, a space or punctuation a reader pauses on. */
const STRAY = /[^\p{L}\p{M}\p{N}\s.,;:!?()[\]"'“”‘’«»…–—-]+/gu;

/** "HĐND & UBND", "thể thao & Truyền thông": an ampersand between words is "và". */
const AMPERSAND = /(?<=[\p{L}\p{M}])[^\S\n]*&[^\S\n]*(?=\p{L})/gu;

export const ampersandRule: Rule = { name: 'punctuation', pattern: () => AMPERSAND, requires: /&/, read: () => ({ spoken: ' và ' }) };

/**
 * "vi-ta-min", "vắc-xin", "ra-đi-ô": a loanword written syllable by syllable with hyphens is
 * one word, read without pauses. Three or more parts, or a known two-part spelling.
 */
const SYLLABLE_CHAIN = /(?<![\p{L}\p{M}-])(?=[\p{Ll}\p{M}]{1,6}-)\p{Ll}[\p{Ll}\p{M}]{0,5}(?:-\p{Ll}[\p{Ll}\p{M}]{0,5}){2,}(?![\p{L}\p{M}-])|(?<![\p{L}\p{M}-])(?:vắc-xin|ô-tô|mô-tô|pin-cô)(?![\p{L}\p{M}-])/gu;

export const syllableChainRule: Rule = { name: 'punctuation', pattern: () => SYLLABLE_CHAIN, requires: /-\p{Ll}/u, read: (match) => ({ spoken: match[0].replace(/-/g, ' ') }) };

export const spacedDashRule: Rule = {
  name: 'punctuation',
  pattern: () => SPACED_DASH,
  requires: HAS_DASH,
  read: () => ({ spoken: ', ' }),
};

/**
 * A slash after a unit, a sum or a counted thing means "per" (issue 9): "đồng/người" → "đồng
 * một người", "tạ/ha" → "tạ một héc ta", "1 ngày/lần" → "một ngày một lần". Between other words
 * it still means "or". The form label "ngày/tháng/năm (sinh)" is read as the three words.
 */
const PER_LEFT = ['đồng', 'đ', 'nghìn', 'ngàn', 'triệu', ...Object.keys(UNITS), ...Object.keys(PER_WORDS).filter((word) => word !== 'em')];
const PER_SLASH = new RegExp(`${START}(${[...new Set(PER_LEFT)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})${PER}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const DATE_FIELD = /(?<![\p{L}\p{M}])([Nn]gày)\s?\/\s?tháng\s?\/\s?năm(?![\p{L}\p{M}])/gu;

export const dateFieldRule: Rule = {
  name: 'punctuation',
  pattern: () => DATE_FIELD,
  requires: HAS_SLASH,
  read: (match) => ({ spoken: `${match[1]} tháng năm` }),
};

export const perSlashRule: Rule = {
  name: 'unit',
  pattern: () => PER_SLASH,
  requires: HAS_SLASH,
  read: (match) => {
    const [, left = '', per = ''] = match;
    const spokenLeft = left === 'đ' ? 'đồng' : (UNITS[left] ?? PER_WORDS[left] ?? left);
    return { spoken: `${spokenLeft} ${readPer(per)}` };
  },
};

/** "đồng/…" with a word not in PER_WORDS: "per" or "or" cannot be told apart, so it is flagged. */
const AFTER_MONEY = /(?:^|[^\p{L}\p{M}])(?:đồng|đ|VNĐ|VND)$/u;

/**
 * "diện tích/hộ", "cỏ khô/ngày": a slash before a unit of counting or time is "per" too, unless
 * the word before is one as well ("tháng/năm" as a form label, "hộ/người" as a choice).
 */
const PER_RIGHT = new Set(['hộ', 'người', 'khẩu', 'ngày', 'tháng', 'năm', 'tuần', 'lần', 'lượt', 'suất', 'buổi', 'ha', 'con', 'xe']);

export const slashRule: Rule = {
  name: 'punctuation',
  pattern: () => WORD_SLASH,
  requires: HAS_SLASH,
  read: (match) => {
    const previous = /([\p{L}\p{M}]+)$/u.exec(match.input.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? '';
    const following = /^([\p{L}\p{M}]+)(?![\p{L}\p{M}]|\s*\/)/u.exec(match.input.slice(match.index + match[0].length))?.[1] ?? '';
    if (PER_RIGHT.has(following) && !PER_RIGHT.has(previous.toLowerCase())) return { spoken: ' một ' };
    if (!AFTER_MONEY.test(match.input.slice(Math.max(0, match.index - 6), match.index))) return { spoken: ' hoặc ' };
    const next = /^[\p{L}\p{M}]+/u.exec(match.input.slice(match.index + match[0].length))?.[0] ?? '';
    return {
      spoken: match[0],
      warning: `Không rõ "đồng/${next}" là "một ${next}" hay "hoặc ${next}"`,
      advice: `Không rõ "đồng/${next}" nghĩa là gì: viết "đồng một ${next}" (hoặc "đồng mỗi ${next}")`,
    };
  },
};

export const strayRule: Rule = {
  name: 'symbol',
  pattern: () => STRAY,
  requires: HAS_UNUSUAL_CHARACTER,
  read: (match) => ({ spoken: match[0], warning: `Ký hiệu "${match[0]}" không đọc được: viết bằng chữ hoặc bỏ đi` }),
};
