/**
 * The parts of a Vietnamese syllable, written without tones: onset, vowels, final consonant.
 * Used to tell a Vietnamese word from a Telex leftover or a typo ("thuogn", "hn"), which no
 * syllable can be.
 */

const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const VOWELS = 'aăâeêioôơuưy';
/** Vowels, then an optional final consonant: the rest of a syllable after its onset. */
const RIME = new RegExp(`^([${VOWELS}]{1,3})(c|ch|m|n|ng|nh|p|t)?$`);

export interface Syllable {
  onset: string;
  vowels: string;
  final: string;
}

/** A lower-case word without tones as a syllable, or undefined when no Vietnamese syllable is spelt so. */
export function splitSyllable(word: string): Syllable | undefined {
  // "qu" and "gi" take the u or i that follows them ("quy", "gia"), so try the longest onset first.
  for (let length = Math.min(3, word.length); length >= 0; length--) {
    const onset = word.slice(0, length);
    if (!ONSETS.has(onset)) continue;
    const rime = RIME.exec(word.slice(length));
    if (rime) return { onset, vowels: rime[1]!, final: rime[2] ?? '' };
  }
  return undefined;
}
