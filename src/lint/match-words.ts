/**
 * Finding words in Vietnamese text. JavaScript's \b only knows ASCII letters, so "huyện" would
 * match inside nothing and "hộ" would match inside "hộp": boundaries here are "not a letter,
 * mark or digit" on either side, with Unicode classes.
 */
const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;

export interface WordMatch {
  index: number;
  text: string;
}

/** A pattern source (no flags) wrapped so it only matches whole words, case-insensitively: for findWords. */
export function createWordPattern(source: string): RegExp {
  return new RegExp(String.raw`(?<!${LETTER})(?:${source})(?!${LETTER})`, 'giu');
}

/** The same without the global flag, whose moving lastIndex would make repeated .test() calls skip matches. */
export function createWordTest(source: string): RegExp {
  return new RegExp(String.raw`(?<!${LETTER})(?:${source})(?!${LETTER})`, 'iu');
}

/** A literal phrase as a pattern source; spaces match any run of white space. */
export function escapePhrase(phrase: string): string {
  return phrase
    .normalize('NFC')
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, String.raw`\s+`);
}

export function findWords(text: string, pattern: RegExp): WordMatch[] {
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0] }));
}
