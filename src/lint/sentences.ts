/**
 * Sentences and their length. Vietnamese writes one syllable per space-separated word, so a
 * sentence's syllables are its words that hold a letter or digit ("1/7/2025" and
 * "dichvucong.gov.vn" count once, as a reader sees them).
 */
export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was split from. */
  start: number;
}

/** Ends of sentences: . ! ? … followed by white space or the end; line breaks inside a piece are not ends. */
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + lead });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

export function countSyllables(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => WORD.test(word)).length;
}
