import type { Dialect } from '../read-aloud/dialect.ts';
import type { Lexicon } from '../read-aloud/lexicon.ts';
import { normaliseForReading } from '../read-aloud/normalise.ts';

/** One line of a real bulletin with the spoken form a person worked out for it. */
export interface CorpusLine {
  source: string;
  dialect: Dialect;
  written: string;
  spoken: string;
  /** Text the normaliser must flag instead of reading (an unknown code, a fraction…), as written. */
  warns: string[];
}

export type CorpusVerdict = 'pass' | 'wrong-warned' | 'wrong-silent' | 'warnings-differ';

export interface CorpusLineResult {
  line: CorpusLine;
  actual: string;
  warned: string[];
  verdict: CorpusVerdict;
}

export interface CorpusScore {
  lines: number;
  passed: number;
  /** Spoken form differs and nothing warned: what airs wrong without anyone knowing (bar: 0). */
  wrongSilent: number;
  warnings: number;
  results: CorpusLineResult[];
}

/**
 * Reads every line as the kit would and compares it with the expected spoken form. A line passes
 * when the spoken form is the same and exactly the expected spans are warned (issue 9 bars:
 * ≥ 95 % pass, 0 wrong without a warning).
 */
export function scoreCorpus(lines: readonly CorpusLine[], lexicon?: Lexicon): CorpusScore {
  const results = lines.map((line): CorpusLineResult => {
    const result = normaliseForReading(line.written, { dialect: line.dialect, lexicon });
    const warned = result.warnings.map((warning) => warning.text);
    const same = result.spoken === line.spoken;
    const sameWarnings = warned.length === line.warns.length && warned.every((text, index) => text === line.warns[index]);
    const verdict: CorpusVerdict = same ? (sameWarnings ? 'pass' : 'warnings-differ') : warned.length > 0 ? 'wrong-warned' : 'wrong-silent';
    return { line, actual: result.spoken, warned, verdict };
  });
  return {
    lines: results.length,
    passed: results.filter((result) => result.verdict === 'pass').length,
    wrongSilent: results.filter((result) => result.verdict === 'wrong-silent').length,
    warnings: results.reduce((sum, result) => sum + result.warned.length, 0),
    results,
  };
}
