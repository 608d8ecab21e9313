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
    return spoken === undefined ? undefined : { spoken };
  },
};
