import type { Dialect, DialectWords } from './dialect.ts';
import type { CompiledLexicon } from './lexicon.ts';

/** What a rule knows besides the match: the dialect and the office's words. */
export interface RuleContext {
  dialect: Dialect;
  words: DialectWords;
  lexicon: CompiledLexicon;
}

/**
 * A rule's reading of its match. With `warning`, the rule could not read the text confidently:
 * `spoken` is then the text as written, and the warning tells the office what to fix.
 */
export interface RuleResult {
  spoken: string;
  /** What is wrong, in plain Vietnamese, without file or field names (shown on the paste page). */
  warning?: string;
  /** Where the office fixes it for good, e.g. "thêm vào abbreviations trong content/read-aloud.yaml". */
  fix?: string;
  /** What a staff member pasting text should do instead ("viết đầy đủ: …"); defaults to `warning`. */
  advice?: string;
}

/** Kinds of reading, so the PDF can list pronunciation notes and tests can name categories. */
export type RuleName =
  | 'address' | 'legal' | 'lexicon' | 'date' | 'time' | 'phone' | 'money' | 'percent'
  | 'ordinal' | 'roman' | 'range' | 'number' | 'word' | 'symbol' | 'punctuation'
  | 'unit' | 'road' | 'code' | 'service';

/**
 * One category of written text. Rules run in priority order over the whole text; a rule only
 * sees text no earlier rule has claimed. `read` returns undefined to let later rules try.
 */
export interface Rule {
  name: RuleName;
  /** A global, unicode RegExp; built per lexicon where the rule needs the office's words. */
  pattern: (context: RuleContext) => RegExp | undefined;
  /**
   * A plain pattern that every match of `pattern` contains (quick-tests.ts): when the text fails
   * it, the rule is skipped without running `pattern`. Omitted when any text may match.
   */
  requires?: RegExp;
  read: (match: RegExpExecArray, context: RuleContext) => RuleResult | undefined;
}

/** Start and end of a "word" for the patterns: no letter, mark or digit on that side. */
export const START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const END = '(?![\\p{L}\\p{M}\\p{N}])';
/** Not glued to a number on either side (so "1.000.005" is never split into pieces). */
export const NUM_START = '(?<![\\p{L}\\p{M}\\p{N}.,/])';
export const NUM_END = '(?![\\p{L}\\p{M}\\p{N}]|[.,/]\\d)';
