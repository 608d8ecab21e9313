import { findWords, type WordMatch } from '../match-words.ts';
import { splitSentences, type Sentence } from '../sentences.ts';
import type { TextPiece } from '../text-piece.ts';

export interface SentenceMatch extends WordMatch {
  sentence: Sentence;
}

/** Matches of a pattern in a piece, each with the sentence around it (for "allowed when" tests). */
export function findInSentences(piece: TextPiece, pattern: RegExp): SentenceMatch[] {
  const sentences = splitSentences(piece.text);
  return findWords(piece.text, pattern).map((match) => ({
    ...match,
    sentence: sentences.findLast((sentence) => sentence.start <= match.index) ?? { text: piece.text, start: 0 },
  }));
}
