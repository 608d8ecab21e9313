/**
 * Joins the syllables of a listed compound ("hồ sơ", "dịch vụ công") into one piece, so the
 * line breaker cannot end a line inside it (issue 12: "hồ / sơ", "dịch vụ / công" on posters).
 * Vietnamese writes every syllable apart; only a list says which belong together
 * (content/print-terms.yaml). A compound wider than the line is left in syllables: breaking
 * it beats running past the panel.
 */
export interface WordPiece {
  text: string;
  /** Joins the previous piece without a space (a broken web address). */
  glue: boolean;
}

/** Case, and quotes or punctuation clinging to a syllable ("“Hồ", "sơ,"), do not stop a match. */
export function toMatchKey(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Each compound as its syllables' match keys, longest first so "dịch vụ công trực tuyến" wins over "dịch vụ công". */
export function toCompoundKeys(compounds: readonly string[]): string[][] {
  return compounds
    .map((compound) => compound.split(/\s+/).map(toMatchKey).filter(Boolean))
    .filter((keys) => keys.length > 1)
    .sort((a, b) => b.length - a.length);
}

export interface KeptWords {
  words: WordPiece[];
  /** Listed compounds left in syllables because not even the shortest match fits the line. */
  split: number;
}

export function keepCompounds(words: WordPiece[], compounds: readonly string[][], fits: (text: string) => boolean): KeptWords {
  if (compounds.length === 0) return { words, split: 0 };
  let split = 0;
  const keys = words.map((word) => toMatchKey(word.text));
  const joined: WordPiece[] = [];
  for (let i = 0; i < words.length; ) {
    // Longest first; a compound too wide for the line gives way to a shorter one inside it.
    const matches = compounds
      .filter((compound) => compound.every((key, k) => keys[i + k] === key && (k === 0 || !words[i + k]!.glue)))
      // A compound cut by punctuation inside it ("hồ, sơ") is not the compound.
      .filter((compound) => words.slice(i, i + compound.length - 1).every((word) => /[\p{L}\p{N}]$/u.test(word.text)))
      .map((compound) => ({ length: compound.length, text: words.slice(i, i + compound.length).map((word) => word.text).join(' ') }));
    const text = matches.find((candidate) => fits(candidate.text));
    if (!text && matches.length > 0) split += 1;
    if (text) {
      joined.push({ text: text.text, glue: words[i]!.glue });
      i += text.length;
    } else {
      joined.push(words[i]!);
      i += 1;
    }
  }
  return { words: joined, split };
}
