/**
 * Comparing Vietnamese as people type it on a phone: often without tones, often "d" for "đ".
 * NFD splits a letter from its tone and vowel marks; đ (U+0111) has no decomposition, so it is
 * mapped by hand (DESIGN.md "Search").
 */

/** Lower case without tones or marks, đ as d: "Đăng ký" → "dang ky". For matching the term table. */
export function foldForMatching(text: string): string {
  return foldTones(text).replace(/đ/g, 'd');
}

/** Lower case without tones or vowel marks, keeping đ: "Đăng ký" → "đang ky". What pagefind itself folds. */
export function foldTones(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/** The words of a text, lower case NFC, punctuation dropped: "Xin giấy KH ạ?" → ["xin", "giấy", "kh", "ạ"]. */
export function splitWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
