/**
 * A word typed in Telex with the phone's Vietnamese input switched off ("dawng kys" for "đăng
 * ký"), read back as the word meant. Telex writes marks as letters: aa â, aw ă, ee ê, oo ô, ow ơ,
 * uw/w ư, dd đ, and the tone as a letter after the vowel: s sắc, f huyền, r hỏi, x ngã, j nặng
 * (z clears it). A Vietnamese syllable never has f, j, w or z, never has s, r or x after its
 * vowel, and never doubles a vowel, so a word showing one of these and reading back as a valid
 * syllable is a Telex leftover; anything else (an abbreviation, "atm", "zalo") is left alone.
 */

import { splitSyllable, type Syllable } from './split-syllable.ts';

const TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323', z: '' };
const MARKED_VOWELS = 'ăâêôơư';

/** The Vietnamese word a Telex-typed word stands for, or undefined when it is not one ("dawng" → "đăng", "trus" → "trú"). */
export function decodeTelex(word: string): string | undefined {
  const typed = word.toLowerCase();
  if (!/^[a-z]+$/.test(typed)) return undefined;
  const firstVowel = typed.search(/[aeiouy]/);
  if (firstVowel < 0) return undefined;
  // The tone key: any of s f r x j z after the vowel began (s, r, x can only start a syllable).
  let tone: string | undefined;
  let letters = typed.slice(0, firstVowel);
  for (const letter of typed.slice(firstVowel)) {
    if (letter in TONES) tone = letter;
    else letters += letter;
  }
  const marked = letters
    .replace(/^dd/, 'đ')
    .replace(/uw?ow/, 'ươ')
    .replace(/aa/, 'â')
    .replace(/aw/, 'ă')
    .replace(/ee/, 'ê')
    .replace(/oo/, 'ô')
    .replace(/ow/, 'ơ')
    .replace(/uw/, 'ư')
    .replace(/w/, 'ư');
  if (tone === undefined && marked === letters) return undefined;
  const syllable = splitSyllable(marked);
  if (!syllable) return undefined;
  return placeTone(syllable, TONES[tone ?? 'z']!).normalize('NFC');
}

/**
 * The tone on the vowel that carries it: a marked vowel (ơ of ươ); else the last vowel before a
 * final consonant; else the middle of three, or the first of two ("hóa", "thủy" as most type).
 */
function placeTone({ onset, vowels, final }: Syllable, mark: string): string {
  let at = [...vowels].findLastIndex((vowel) => MARKED_VOWELS.includes(vowel));
  if (at < 0) at = final ? vowels.length - 1 : vowels.length === 3 ? 1 : 0;
  return onset + vowels.slice(0, at + 1) + mark + vowels.slice(at + 1) + final;
}
