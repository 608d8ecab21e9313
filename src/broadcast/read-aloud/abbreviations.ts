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
