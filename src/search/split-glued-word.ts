/**
 * Two words typed without the space between them ("khaisinh", "tracuu", "hoso"), as the two
 * term-table words they are. Only a word no Vietnamese syllable is spelt as is split, and only
 * into two words of the table that are syllables themselves.
 */
import { splitSyllable } from './split-syllable.ts';

/** `folded` (lower case, no tones, đ as d) as two words of `vocabulary`, or undefined. */
export function splitGluedWord(folded: string, vocabulary: ReadonlySet<string>): [string, string] | undefined {
  if (!/^[a-z]+$/.test(folded) || vocabulary.has(folded) || splitSyllable(folded)) return undefined;
  for (let at = 1; at < folded.length; at++) {
    const first = folded.slice(0, at);
    const second = folded.slice(at);
    if (vocabulary.has(first) && vocabulary.has(second) && splitSyllable(first) && splitSyllable(second)) return [first, second];
  }
  return undefined;
}
