/**
 * Words of the term table that a mistyped word may stand for: one letter missing, added,
 * changed, or two neighbours swapped ("thuogn" → "thuong", "hn" → "hon", "thah" → "thanh").
 * Only a word that no Vietnamese syllable is spelt as gets corrected: "khia" or "que" may be
 * meant as typed, "thuogn" cannot.
 */
import { splitSyllable } from './split-syllable.ts';

/** The corrections of `folded` (lower case, no tones, đ as d) found in `vocabulary`, none when it is a syllable or known. */
export function getTypoCorrections(folded: string, vocabulary: ReadonlySet<string>): string[] {
  if (folded.length < 2 || !/^[a-z]+$/.test(folded) || vocabulary.has(folded) || splitSyllable(folded)) return [];
  return [...vocabulary].filter((word) => word.length >= 2 && isOneEditApart(folded, word));
}

/** Optimal string alignment distance of exactly one: one insertion, deletion, substitution or swap of neighbours. */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.slice(start) === longer.slice(start + 1);
}
