import { DIALECTS, type Dialect } from './dialect.ts';
import { compileLexicon, EMPTY_LEXICON, type Lexicon } from './lexicon.ts';
import type { RuleContext, RuleName } from './rule.ts';
import { RULES } from './rules.ts';

export interface ReadAloudWarning {
  /** Offsets in the NFC form of the input (content is NFC already), end exclusive. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** What is wrong and how to fix it, in Vietnamese for the office. */
  message: string;
}

/** One piece of text read differently from how it is written, for pronunciation notes. */
export interface ReadAloudChange {
  start: number;
  end: number;
  written: string;
  spoken: string;
  rule: RuleName;
}

export interface ReadAloudResult {
  spoken: string;
  warnings: ReadAloudWarning[];
  changes: ReadAloudChange[];
}

export interface ReadAloudOptions {
  /** Northern readings by default (linh, nghìn, mồng); Southern: lẻ, ngàn, no "mồng". */
  dialect?: Dialect;
  /** Abbreviations and pronunciations from content/read-aloud.yaml (see createLexicon). */
  lexicon?: Lexicon;
}

interface Claim {
  start: number;
  end: number;
  spoken: string;
  rule: RuleName;
  warning?: string;
}

/**
 * Writes Vietnamese text the way it is spoken, for announcers and text-to-speech boxes.
 * Each rule claims the spans it reads, in priority order (src/broadcast/read-aloud/rules.ts);
 * unclaimed text is copied. Pure: no I/O, runs in Node and in the browser.
 */
export function normaliseForReading(input: string, options: ReadAloudOptions = {}): ReadAloudResult {
  const text = input.normalize('NFC');
  const dialect = options.dialect ?? 'north';
  const context: RuleContext = { dialect, words: DIALECTS[dialect], lexicon: compileLexicon(options.lexicon ?? EMPTY_LEXICON) };
  const claims: Claim[] = [];
  for (const rule of RULES) {
    const pattern = rule.pattern(context);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(claims, start, end)) continue;
      const result = rule.read(match, context);
      if (result) claims.push({ start, end, spoken: result.spoken, rule: rule.name, warning: result.warning });
    }
  }
  claims.sort((a, b) => a.start - b.start);
  return assemble(text, claims);
}

function overlaps(claims: readonly Claim[], start: number, end: number): boolean {
  return claims.some((claim) => claim.start < end && start < claim.end);
}

function assemble(text: string, claims: readonly Claim[]): ReadAloudResult {
  const pieces: string[] = [];
  const warnings: ReadAloudWarning[] = [];
  const changes: ReadAloudChange[] = [];
  let at = 0;
  for (const claim of claims) {
    pieces.push(text.slice(at, claim.start), claim.spoken);
    const written = text.slice(claim.start, claim.end);
    if (claim.warning) warnings.push({ start: claim.start, end: claim.end, text: written, message: claim.warning });
    else if (claim.spoken !== written && claim.rule !== 'punctuation') changes.push({ start: claim.start, end: claim.end, written, spoken: claim.spoken, rule: claim.rule });
    at = claim.end;
  }
  pieces.push(text.slice(at));
  return { spoken: tidy(pieces.join('')), warnings, changes };
}

/** One space between words, none before punctuation, no doubled commas from a dash after a comma. */
function tidy(spoken: string): string {
  return spoken
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ +([,.;:!?)])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/^ +| +$/gm, '');
}
