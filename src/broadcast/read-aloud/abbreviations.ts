import type { Rule } from './rule.ts';

/**
 * The office's abbreviations and pronunciations (content/read-aloud.yaml, and a guide's own
 * `broadcast.pronunciations`): whole words, case-sensitive, longest first. FACTS.md
 * "Loudspeakers": abbreviations are always read in full.
 */
export const lexiconRule: Rule = {
  name: 'lexicon',
  pattern: (context) => context.lexicon.wordPattern,
  read: (match, context) => {
    const spoken = context.lexicon.words.get(match[0]);
    if (spoken === undefined) return undefined;
    // "trên địa bàn TP." at the end of a sentence: the entry's dot is also the full stop.
    const endsSentence = match[0].endsWith('.') && /^[^\S\n]*(?:$|\n)/.test(match.input.slice(match.index + match[0].length));
    return { spoken: endsSentence ? `${spoken}.` : spoken };
  },
};

/**
 * "khám sức khỏe nghĩa vụ quân sự (NVQS)": a writer defines an abbreviation in brackets after
 * its full name; read aloud, that would say the name twice, so the bracket is not read.
 */
// No leading-space part: it would be tried at every space; tidy() closes the gap left behind.
const DEFINED = /\(([A-ZĐ][A-Za-zĐđ&-]*[A-ZĐ0-9])\)/gu;

export const definedAbbreviationRule: Rule = {
  name: 'punctuation',
  pattern: () => DEFINED,
  requires: /\([A-ZĐ]/u,
  read: (match, context) => {
    const spoken = context.lexicon.words.get(match[1] ?? '');
    if (!spoken) return undefined;
    // Compared on letters only: "Cứu nạn, cứu hộ (PCCC&CNCH)" defines "cứu nạn cứu hộ" too.
    const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{M}]+/gu, '');
    const before = letters(match.input.slice(Math.max(0, match.index - spoken.length - 12), match.index));
    return before.endsWith(letters(spoken)) ? { spoken: '' } : undefined;
  },
};
