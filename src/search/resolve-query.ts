/**
 * A typed query as the things it asks about. Pagefind wants every word on the page and knows
 * no abbreviations, so the search page asks for each concept separately and ranks pages by how
 * many concepts they contain (rank-pages.ts). The office's term table (content/search-terms.yaml,
 * schema in src/schemas/search-terms.ts) turns phone typing into the guides' words.
 */
import type { SearchTerms } from '../schemas/search-terms.ts';
import { decodeTelex } from './decode-telex.ts';
import { foldForMatching, foldTones, splitWords } from './fold-text.ts';
import { getTypoCorrections } from './get-typo-corrections.ts';
import { splitGluedWord } from './split-glued-word.ts';

/** One thing the query asks about: a page matches it when it contains any of the alternatives (each a word or phrase). */
export interface Concept {
  /** What the person typed for it. */
  typed: string;
  alternatives: string[];
  /** Recognised through the term table (an abbreviation, synonym or alike spelling): the office's own vocabulary. */
  known: boolean;
  /** Right after a verb of doing ("làm ks", "xin lý lịch", "dk kết hôn"): what the question asks to do, not its circumstances. */
  asked?: boolean;
}

/**
 * Verbs a question names its procedure after, folded: "lam ks cho con o noi tam tru" asks for
 * the birth, "o noi tam tru" is where. Filler or concept, they mark the next concept as asked.
 */
const ACTION_WORDS = new Set(['lam', 'xin', 'dang ky', 'nop', 'khai', 'muon lam', 'can lam', 'di lam', 'lam lai']);

/** The term table prepared for matching: every entry as a sequence of folded words. */
export interface TermMatcher {
  abbreviations: Map<string, string[]>;
  /**
   * `words` folded for matching, `written` as in the table (lower case, đ as d) for words typed
   * with marks. A `phrase` is a term of several words that the guides use ("khai tử", "tạm
   * trú"): typed without tones, its words are searched together rather than each on its own
   * ("tu" alone is on every page as tư, từ, tự).
   */
  phrases: { words: string[]; written: string[]; kind: 'filler' | 'synonym' | 'phrase'; alternatives: string[]; known: boolean }[];
  /** Every word of the table, folded: what a mistyped word is corrected to. */
  vocabulary: Set<string>;
}

export function createTermMatcher(terms: SearchTerms): TermMatcher {
  const abbreviations = new Map<string, string[]>();
  for (const { short, full } of terms.abbreviations) for (const form of short) abbreviations.set(foldForMatching(form), full);
  const phrases: TermMatcher['phrases'] = [];
  for (const { typed, alsoSearch } of terms.synonyms) {
    for (const form of typed) phrases.push({ ...entryWords(form), kind: 'synonym', alternatives: [form, ...alsoSearch], known: true });
  }
  for (const group of terms.alike) {
    for (const form of group) phrases.push({ ...entryWords(form), kind: 'synonym', alternatives: group, known: true });
  }
  for (const form of terms.filler) phrases.push({ ...entryWords(form), kind: 'filler', alternatives: [], known: false });
  const filler = new Set(terms.filler.map((form) => entryWords(form).words.join(' ')));
  // The names of procedures (full forms, alsoSearch) are the office's vocabulary; other words of several syllables are only words.
  const procedureTerms = [...terms.abbreviations.flatMap((entry) => entry.full), ...terms.synonyms.flatMap((entry) => entry.alsoSearch)];
  const guideTerms = [...procedureTerms.map((form) => ({ form, known: true })), ...terms.phrases.map((form) => ({ form, known: false }))];
  for (const { form, known } of guideTerms) {
    const entry = entryWords(form);
    if (entry.words.length > 1 && !filler.has(entry.words.join(' '))) phrases.push({ ...entry, kind: 'phrase', alternatives: [form], known });
  }
  // Longest first; at equal length a synonym wins over filler ("em bé" is a child, "em" is filler),
  // and filler over a guide term.
  const order = { synonym: 0, filler: 1, phrase: 2 };
  phrases.sort((a, b) => b.words.length - a.words.length || order[a.kind] - order[b.kind]);
  const vocabulary = new Set(phrases.flatMap((phrase) => phrase.words).concat(procedureTerms.flatMap((form) => splitWords(foldForMatching(form)))));
  return { abbreviations, phrases, vocabulary };
}

interface Word {
  /** As typed, or the full form's word when it came from an abbreviation. */
  text: string;
  folded: string;
  /** Typed with tones or vowel marks: then only an entry with the same marks matches ("căn" is not "cần"). */
  marked: boolean;
  /** Index of the abbreviation this word was expanded from, if any. */
  unit?: number;
}

/**
 * The concepts of a query: abbreviations expanded, filler dropped, synonyms and alike
 * spellings grouped (longest match first). A query made only of filler keeps its words.
 */
export function resolveQuery(query: string, matcher: TermMatcher): Concept[] {
  const typedWords = splitWords(query);
  const words: Word[] = [];
  const units: string[][] = [];
  for (const [index, typed] of typedWords.entries()) {
    const full = matcher.abbreviations.get(foldForMatching(typed));
    if (!full) {
      const glued = isMarked(typed) ? undefined : splitGluedWord(foldForMatching(typed), matcher.vocabulary);
      for (const text of glued ?? [decodeTelex(typed) ?? correctTypo(typedWords, index, matcher) ?? typed]) {
        words.push({ text, folded: foldForMatching(text), marked: isMarked(text) });
      }
      continue;
    }
    units.push(full);
    // Written with its marks in the table: "tài" of "tk" is not the filler "tại".
    for (const text of splitWords(full[0]!)) words.push({ text, folded: foldForMatching(text), marked: isMarked(text), unit: units.length - 1 });
  }

  const concepts: Concept[] = [];
  let afterAction = false;
  const push = (concept: Concept, folded: string) => {
    concepts.push(afterAction ? { ...concept, asked: true } : concept);
    afterAction = ACTION_WORDS.has(folded);
  };
  let i = 0;
  while (i < words.length) {
    const phrase = matcher.phrases.find(
      (candidate) =>
        candidate.words.every((folded, k) => matchesWord(words[i + k], folded, candidate.written[k]!)) &&
        // An abbreviation's expansion keeps all its full forms ("kt": khai tử or kiểm tra).
        (candidate.kind !== 'phrase' || words.slice(i, i + candidate.words.length).every((word) => word.unit === undefined)),
    );
    if (phrase) {
      const typed = words.slice(i, i + phrase.words.length).map((word) => word.text).join(' ');
      const folded = phrase.words.join(' ');
      if (phrase.kind !== 'filler') push({ typed, alternatives: unique([typed, ...phrase.alternatives]), known: phrase.known }, folded);
      else if (ACTION_WORDS.has(folded)) afterAction = true;
      i += phrase.words.length;
      continue;
    }
    const word = words[i]!;
    if (word.unit === undefined) {
      push({ typed: word.text, alternatives: [word.text], known: false }, word.folded);
      i += 1;
      continue;
    }
    // The rest of an abbreviation's expansion is one concept with all its full forms.
    let end = i;
    while (words[end]?.unit === word.unit) end += 1;
    const full = units[word.unit]!;
    const rest = words.slice(i, end).map((w) => w.text).join(' ');
    push({ typed: rest, alternatives: unique(i === words.findIndex((w) => w.unit === word.unit) ? full : [rest]), known: true }, foldForMatching(full[0]!));
    i = end;
  }
  if (concepts.length > 0 || typedWords.length === 0) return concepts;
  return typedWords.map((typed) => ({ typed, alternatives: [typed], known: false }));
}

/**
 * The term-table word a mistyped word stands for: the one that makes a term with a neighbouring
 * word ("ket hn" → "hon" of "kết hôn"), else the first correction.
 */
function correctTypo(typedWords: string[], index: number, matcher: TermMatcher): string | undefined {
  const corrections = getTypoCorrections(foldForMatching(typedWords[index]!), matcher.vocabulary);
  if (corrections.length <= 1) return corrections[0];
  const before = typedWords[index - 1] && foldForMatching(typedWords[index - 1]!);
  const after = typedWords[index + 1] && foldForMatching(typedWords[index + 1]!);
  const makesTerm = (word: string) =>
    matcher.phrases.some((phrase) => phrase.kind !== 'filler' && phrase.words.some((w, k) => w === word && ((k > 0 && phrase.words[k - 1] === before) || phrase.words[k + 1] === after)));
  return corrections.find(makesTerm) ?? corrections[0];
}

function entryWords(form: string): { words: string[]; written: string[] } {
  return { words: splitWords(foldForMatching(form)), written: splitWords(form).map(withPlainD) };
}

const withPlainD = (word: string) => word.replace(/đ/g, 'd');

/** Any letter beyond a–z and đ: the word was typed with tones or vowel marks. */
function isMarked(word: string): boolean {
  return /[^a-z0-9đ]/.test(word);
}

function matchesWord(word: Word | undefined, folded: string, written: string): boolean {
  if (!word || word.folded !== folded) return false;
  return !word.marked || withPlainD(word.text) === written;
}

/** Alternatives that fold alike are one search: "ký" and "ky" are the same to pagefind. */
function unique(alternatives: string[]): string[] {
  const seen = new Set<string>();
  return alternatives.filter((alternative) => {
    const key = splitWords(foldTones(alternative)).join(' ');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
