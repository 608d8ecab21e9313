import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../bench/format-table.ts';
import type { Content } from '../content/load-content.ts';
import { buildBroadcastKit } from './build-broadcast-kit.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import { scoreCorpus } from './corpus/score-corpus.ts';
import { getBroadcastCatalogue } from './catalogue.ts';
import { createLexicon } from './read-aloud/lexicon.ts';
import { normaliseForReading } from './read-aloud/normalise.ts';
import { countSyllables } from './read-aloud/syllables.ts';

/** At least this long per measurement, so one slow garbage collection does not decide it. */
const MIN_MS = 1000;

/**
 * What the broadcast kit costs and how well it reads: the bulletin corpus's pass rate and
 * warnings per line (tests/corpus/read-aloud-bulletins.yaml; bars in issue 9: ≥ 95 % and no line
 * wrong without a warning), normaliser throughput over the scripts' paragraphs and over the
 * corpus (bar: ≥ 300,000 syllables a second), and the time to build all scripts.
 */
export async function benchBroadcast(content: Content): Promise<BenchRow[]> {
  const lexicon = createLexicon(content.readAloud);
  const corpus = getBroadcastCatalogue(content).flatMap((entry) => entry.script.sections.flatMap((section) => section.written));
  let syllables = 0;
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_MS) {
    for (const paragraph of corpus) syllables += countSyllables(normaliseForReading(paragraph, { lexicon }).spoken);
    runs += 1;
  }
  const seconds = (performance.now() - start) / 1000;

  const bulletins = await loadCorpus();
  const score = scoreCorpus(bulletins);
  let corpusSyllables = 0;
  const corpusStart = performance.now();
  while (performance.now() - corpusStart < MIN_MS) {
    for (const line of bulletins) corpusSyllables += countSyllables(normaliseForReading(line.written, { dialect: line.dialect }).spoken);
  }
  const corpusSeconds = (performance.now() - corpusStart) / 1000;

  const catalogueStart = performance.now();
  const entries = getBroadcastCatalogue(content);
  const catalogueMs = performance.now() - catalogueStart;

  const dir = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-bench-broadcast-'));
  try {
    const kitStart = performance.now();
    const report = await buildBroadcastKit(content, dir);
    const kitMs = performance.now() - kitStart;
    return [
      { label: `Bulletin corpus: lines read as expected (${score.passed} of ${score.lines}; bar 95 %)`, value: (100 * score.passed) / score.lines, unit: '%' },
      { label: 'Bulletin corpus: lines wrong without a warning (bar 0)', value: score.wrongSilent, unit: 'lines' },
      // Per 100 lines: the table prints one decimal.
      { label: `Bulletin corpus: warnings per 100 lines (${score.warnings} in ${score.lines} lines)`, value: (100 * score.warnings) / score.lines, unit: 'per 100' },
      { label: 'Normaliser throughput on the corpus (bar 300,000)', value: Math.round(corpusSyllables / corpusSeconds), unit: 'syll/s' },
      { label: 'Normaliser throughput (spoken syllables per second)', value: Math.round(syllables / seconds), unit: 'syll/s' },
      { label: `Normaliser corpus (${corpus.length} paragraphs × ${runs} runs)`, value: syllables, unit: 'syll' },
      { label: `Build all ${entries.length} scripts (write, normalise, time)`, value: catalogueMs, unit: 'ms' },
      { label: `Build the kit: ${report.files.length} files (.txt + .pdf)`, value: kitMs / 1000, unit: 's' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
