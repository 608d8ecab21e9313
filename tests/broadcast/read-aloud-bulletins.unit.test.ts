import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/broadcast/corpus/load-corpus.ts';
import { scoreCorpus } from '../../src/broadcast/corpus/score-corpus.ts';

// Real lines from public commune bulletins with hand-worked spoken forms (issue 9). Read with the
// built-in administrative lexicon only: the office's own read-aloud.yaml is not part of the test.
const lines = await loadCorpus();
const score = scoreCorpus(lines);

describe('the bulletin corpus', () => {
  it('has at least 300 lines, each with a source page', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    for (const line of lines) expect(line.source).toMatch(/^https?:\/\//);
  });

  it('reads at least 95 % of the lines exactly as expected', () => {
    expect(score.passed / score.lines).toBeGreaterThanOrEqual(0.95);
  });

  it('never reads a line wrong without a warning', () => {
    const silent = score.results.filter((result) => result.verdict === 'wrong-silent').map((result) => ({ written: result.line.written, expected: result.line.spoken, actual: result.actual }));
    expect(silent).toEqual([]);
  });
});

describe.each(score.results.map((result) => [result.line.written, result]))('%s', (_written, result) => {
  const known = result.verdict !== 'pass';
  // Lines still read wrong but with a warning stay visible as expected failures, not hidden.
  (known ? it.fails : it)('is read as a person would read it, warning exactly where expected', () => {
    expect({ spoken: result.actual, warned: result.warned }).toEqual({ spoken: result.line.spoken, warned: result.line.warns });
  });
});
