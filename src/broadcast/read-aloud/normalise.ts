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
  /** What is wrong and how to fix it for good, in Vietnamese for the office (may name a content file). */
  message: string;
  /** What is wrong and what to write instead, in plain Vietnamese: no file paths or field names. */
  advice: string;
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
  fix?: string;
  advice?: string;
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
  // One flag per character: checking a match against every earlier claim made a 200 KB paste
  // quadratic (issue 9: one keystroke cost a second).
  const claimed = new Uint8Array(text.length);
  const quickTests = new Int8Array(QUICK_TESTS.length);
  for (const [index, rule] of RULES.entries()) {
    if (!passesQuickTest(QUICK_TEST_OF_RULE[index]!, text, quickTests)) continue;
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
      if (overlaps(claimed, start, end)) continue;
      const result = rule.read(match, context);
      if (!result) continue;
      claims.push({ start, end, spoken: result.spoken, rule: rule.name, warning: result.warning, fix: result.fix, advice: result.advice });
      claimed.fill(1, start, end);
    }
  }
  claims.sort((a, b) => a.start - b.start);
  return assemble(text, claims);
}

/**
 * Rules share their quick tests (quick-tests.ts), so each runs once per text: results are kept
 * by the test's place in QUICK_TESTS (0 not run yet, 1 passed, -1 failed).
 */
const QUICK_TESTS = [...new Set(RULES.flatMap((rule) => (rule.requires ? [rule.requires] : [])))];
const QUICK_TEST_OF_RULE = RULES.map((rule) => (rule.requires ? QUICK_TESTS.indexOf(rule.requires) : -1));

function passesQuickTest(index: number, text: string, results: Int8Array): boolean {
  if (index < 0) return true;
  if (results[index] === 0) results[index] = QUICK_TESTS[index]!.test(text) ? 1 : -1;
  return results[index] === 1;
}

function overlaps(claimed: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (claimed[at]) return true;
  return false;
}

function assemble(text: string, claims: readonly Claim[]): ReadAloudResult {
  const pieces: string[] = [];
  const warnings: ReadAloudWarning[] = [];
  const changes: ReadAloudChange[] = [];
  let at = 0;
  for (const claim of claims) {
    pieces.push(text.slice(at, claim.start), claim.spoken);
    const written = text.slice(claim.start, claim.end);
    if (claim.warning) {
      const message = claim.fix ? `${claim.warning}: ${claim.fix}.` : endSentence(claim.warning);
      warnings.push({ start: claim.start, end: claim.end, text: written, message, advice: endSentence(claim.advice ?? claim.warning) });
    }
    else if (claim.spoken !== written && claim.rule !== 'punctuation') changes.push({ start: claim.start, end: claim.end, written, spoken: claim.spoken, rule: claim.rule });
    at = claim.end;
  }
  pieces.push(text.slice(at));
  return { spoken: tidy(pieces.join('')), warnings, changes };
}

function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * One space between words, none before punctuation, no doubled commas from a dash after a comma,
 * and no word said twice where the writer and a reading both supplied it ("ngày ngày", "mồng mồng").
 */
function tidy(spoken: string): string {
  let text = spoken.replace(/[^\S\n]+/g, ' ');
  // Both look-behinds would be tried at every character, for words said twice in few lines.
  if (text.includes('gày ngày')) text = text.replace(/(?<![\p{L}\p{M}])([Nn]gày) ngày(?![\p{L}\p{M}])/gu, '$1');
  if (text.includes('ng mồng')) text = text.replace(/(?<![\p{L}\p{M}])([Mm]ồng|[Mm]ùng) mồng(?![\p{L}\p{M}])/gu, '$1');
  return text
    .replace(/ +([,.;:!?)])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    // "Kính gửi : - Ban …": the dash after a colon is a list dash, not a pause.
    .replace(/:\s*,\s*/g, ': ')
    .replace(/^ +| +$/gm, '');
}
