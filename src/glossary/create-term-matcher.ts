import { getTermVariants, getVariantKey, type GlossaryEntry } from './get-term-variants.ts';

/** Where a glossary variant is written in a text. */
export interface TermMatch {
  id: string;
  /** Offset in the NFC text the matcher was given. */
  index: number;
  /** The words as written there. */
  text: string;
}

/** Finds the glossary terms in one NFC text; no state, so the same text always gives the same matches. */
export type TermMatcher = (text: string) => TermMatch[];

// A Vietnamese word is a syllable between spaces; JavaScript's \b knows only ASCII letters, so
// boundaries are "no letter, mark or digit" on either side (as src/lint/match-words.ts does).
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;

/**
 * One matcher for the glossary: whole words only, case-insensitive, diacritics-sensitive, and
 * the longest variant wins where several start at the same word, so "hồ sơ" is not found
 * inside "hồ sơ điện tử" when the glossary has both. Matches never overlap. When two entries
 * share a variant (the content linter reports it), the first entry in the glossary wins.
 */
export function createTermMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const ids = new Map<string, string>();
  for (const variant of getTermVariants(entries)) if (!ids.has(variant.key)) ids.set(variant.key, variant.id);
  if (ids.size === 0) return () => [];
  // Alternatives longest first: at the leftmost place a variant matches, the regex engine
  // takes the first alternative that fits, which is then the longest.
  const sources = [...ids.keys()].sort((a, b) => b.length - a.length).map(toPatternSource);
  const pattern = new RegExp(String.raw`(?<!${WORD_CHAR})(?:${sources.join('|')})(?!${WORD_CHAR})`, 'giu');
  return (text) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const id = ids.get(getVariantKey(match[0]));
      return id ? [{ id, index: match.index, text: match[0] }] : [];
    });
}

/** A variant as a literal pattern; its spaces match any run of white space (line breaks in MDX paragraphs). */
function toPatternSource(key: string): string {
  return key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
}
