/**
 * Syllables in spoken Vietnamese text. Vietnamese writes one syllable per space-separated word,
 * so after normalisation (numbers, dates and abbreviations written out) a syllable is a
 * run of letters or digits. Digits left in the text (a warning) count one per digit group.
 */
const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

export function countSyllables(spoken: string): number {
  return spoken.match(SYLLABLE)?.length ?? 0;
}
