import { ADMIN_ABBREVIATIONS, ADMIN_DOCUMENT_TYPES, ADMIN_ISSUERS } from './admin-lexicon.ts';

/**
 * The office's words (content/read-aloud.yaml, plus a guide's own `broadcast.pronunciations`),
 * passed into the normaliser so that it stays pure and runs in the browser too.
 */
export interface Spelling {
  written: string;
  spoken: string;
}

export interface Lexicon {
  /** Whole-word, case-sensitive: "UBND" → "Ủy ban nhân dân". Also whole document codes ("NĐ-CP"). */
  abbreviations: readonly Spelling[];
  /** Whole-word, case-sensitive names and loanwords: "VNeID" → "vê en e ai đi". */
  pronunciations: readonly Spelling[];
  /** Type codes inside document numbers: "NĐ" → "Nghị định". */
  documentTypes: readonly Spelling[];
  /** Issuer codes inside document numbers: "CP" → "Chính phủ", "QH" → "Quốc hội". */
  issuers: readonly Spelling[];
  /** Parts of web and e-mail addresses, matched ignoring case: "dichvucong" → "dịch vụ công". */
  webWords: readonly Spelling[];
}

export const EMPTY_LEXICON: Lexicon = { abbreviations: [], pronunciations: [], documentTypes: [], issuers: [], webWords: [] };

/** A lexicon with a guide's pronunciations added; the guide's own win over the office's. */
export function createLexicon(base: Partial<Lexicon>, extraPronunciations: readonly Spelling[] = []): Lexicon {
  const extra = new Set(extraPronunciations.map((entry) => entry.written));
  return {
    ...EMPTY_LEXICON,
    ...base,
    pronunciations: [...extraPronunciations, ...(base.pronunciations ?? []).filter((entry) => !extra.has(entry.written))],
  };
}

/** Lookups built once per lexicon (the normaliser runs for every line of every script). */
export interface CompiledLexicon {
  /** Abbreviations and pronunciations, by written form. */
  words: Map<string, string>;
  /** Matches any entry of `words` as a whole word, longest first; undefined when empty. */
  wordPattern: RegExp | undefined;
  documentTypes: Map<string, string>;
  issuers: Map<string, string>;
  /** Keys lower-cased. */
  webWords: Map<string, string>;
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const words = new Map<string, string>();
  // The office's words first: they win over the built-in administrative abbreviations.
  for (const entry of [...lexicon.abbreviations, ...lexicon.pronunciations, ...ADMIN_ABBREVIATIONS]) if (!words.has(entry.written)) words.set(entry.written, entry.spoken);
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // The look-ahead for the entries' first letters lets the pattern pass most characters without
  // trying the look-behind and some 300 alternatives at each (issue 9 throughput).
  const firstLetters = [...new Set([...words.keys()].map((written) => [...written][0] ?? ''))].join('').replace(/[\\\]^-]/g, '\\$&');
  const result: CompiledLexicon = {
    words,
    wordPattern: alternatives.length ? new RegExp(`(?=[${firstLetters}])(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu') : undefined,
    documentTypes: toMap([...lexicon.documentTypes, ...ADMIN_DOCUMENT_TYPES]),
    issuers: toMap([...lexicon.issuers, ...ADMIN_ISSUERS]),
    webWords: new Map(lexicon.webWords.map((entry) => [entry.written.toLowerCase(), entry.spoken])),
  };
  compiled.set(lexicon, result);
  return result;
}

/** First entry wins, so the office's spelling of a code overrides the built-in one. */
function toMap(entries: readonly Spelling[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) if (!map.has(entry.written)) map.set(entry.written, entry.spoken);
  return map;
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
