import { END, START, type Rule } from './rule.ts';

/**
 * Words no earlier rule read. Ordinary Vietnamese words pass through. Flagged, never guessed:
 * an all-capitals word that is not a Vietnamese syllable (an abbreviation missing from
 * content/read-aloud.yaml), a word with capitals inside (VNeID, iPhone), a word mixing letters
 * and digits (4G, A4), and a Latin word that cannot be a Vietnamese syllable (online, Zalo).
 * Words with an apostrophe are names from minority languages (H'Mông) and pass.
 */
const WORD = new RegExp(`${START}[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*${END}`, 'gu');
const LEFTOVER_NUMBER = new RegExp(`${START}\\d+(?:[^\\s\\p{L}\\p{M}]+\\d+)*${END}`, 'gu');

/**
 * A Vietnamese syllable without its tone and vowel marks: optional onset, one to three vowel
 * letters, optional final consonant (Vietnamese has no consonant clusters).
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export const leftoverNumberRule: Rule = {
  name: 'number',
  pattern: () => LEFTOVER_NUMBER,
  read: (match) => ({ spoken: match[0], warning: `Chưa biết đọc "${match[0]}": viết lại bằng chữ hoặc theo cách viết thông dụng (1/7/2025, 7h30, 50.000đ).` }),
};

export const unknownWordRule: Rule = {
  name: 'word',
  pattern: () => WORD,
  read: (match) => {
    const word = match[0];
    const message = getProblem(word);
    return message ? { spoken: word, warning: message } : undefined;
  },
};

function getProblem(word: string): string | undefined {
  if (/['’]/.test(word)) return undefined;
  const hasDigit = /\p{N}/u.test(word);
  const letters = word.replace(/\P{L}/gu, '');
  if (hasDigit && letters) return `Chưa biết đọc "${word}" (chữ lẫn số): thêm vào pronunciations trong content/read-aloud.yaml.`;
  if (!letters) return undefined;
  const isVietnamese = isSyllable(letters);
  const upperCount = [...letters].filter((c) => c !== c.toLowerCase()).length;
  if (upperCount === letters.length && letters.length > 1) {
    return isVietnamese ? undefined : `Viết tắt "${word}" chưa có cách đọc: thêm vào abbreviations trong content/read-aloud.yaml.`;
  }
  if (upperCount > 1 || (upperCount === 1 && letters[0] === letters[0]?.toLowerCase())) {
    return `Chưa biết đọc "${word}" (chữ hoa lẫn chữ thường): thêm vào pronunciations trong content/read-aloud.yaml.`;
  }
  return isVietnamese ? undefined : `"${word}" không phải tiếng Việt: thêm cách đọc vào pronunciations trong content/read-aloud.yaml, hoặc viết bằng từ tiếng Việt.`;
}

export function isSyllable(word: string): boolean {
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return SYLLABLE.test(bare);
}
