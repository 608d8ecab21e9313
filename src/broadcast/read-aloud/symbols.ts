import { type Rule } from './rule.ts';

/**
 * Punctuation that changes how a line is read, and symbols nobody can read aloud.
 * A dash between spaced words is a pause ("Văn hóa – Xã hội" keeps its words, the dash becomes
 * a comma); a slash between words means "or" ("xã/phường" → "xã hoặc phường").
 */
const SPACED_DASH = /\s+[-–—]\s+/gu;
const WORD_SLASH = /(?<=[\p{L}\p{M}])\s*\/\s*(?=\p{L})/gu;
/** Anything that is not a letter, a digit, a space or punctuation a reader pauses on. */
const STRAY = /[^\p{L}\p{M}\p{N}\s.,;:!?()[\]"'“”‘’«»…–—-]+/gu;

export const spacedDashRule: Rule = {
  name: 'punctuation',
  pattern: () => SPACED_DASH,
  read: () => ({ spoken: ', ' }),
};

export const slashRule: Rule = {
  name: 'punctuation',
  pattern: () => WORD_SLASH,
  read: () => ({ spoken: ' hoặc ' }),
};

export const strayRule: Rule = {
  name: 'symbol',
  pattern: () => STRAY,
  read: (match) => ({ spoken: match[0], warning: `Ký hiệu "${match[0]}" không đọc được: viết bằng chữ hoặc bỏ đi.` }),
};
