import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../bench/format-table.ts';
import type { Content } from '../content/load-content.ts';
import { buildBroadcastKit } from './build-broadcast-kit.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import { scoreCorpus } from './corpus/score-corpus.ts';
import { getBroadcastCatalogue } from './catalogue.ts';
import { measureThroughput } from './measure-throughput.ts';
import { createLexicon } from './read-aloud/lexicon.ts';
import { normaliseForReading } from './read-aloud/normalise.ts';
import { countSyllables } from './read-aloud/syllables.ts';

/** Runs per throughput figure, and the least time each run takes (measure-throughput.ts). */
const RUNS = 5;
const MS_PER_RUN = 400;

/**
 * What the broadcast kit costs and how well it reads: the bulletin corpus's pass rate and
 * warnings per line (tests/corpus/read-aloud-bulletins.yaml; bars in issue 9: ≥ 95 % and no line
 * wrong without a warning), normaliser throughput over the corpus and over the scripts'
 * paragraphs (bar: ≥ 300,000 syllables a second, best and median of five runs), and the time
 * to build all scripts.
 */
export async function benchBroadcast(content: Content): Promise<BenchRow[]> {
  const lexicon = createLexicon(content.readAloud);
  const corpus = getBroadcastCatalogue(content).flatMap((entry) => entry.script.sections.flatMap((section) => section.written));
  const paragraphs = measureThroughput(() => {
    let syllables = 0;
    for (const paragraph of corpus) syllables += countSyllables(normaliseForReading(paragraph, { lexicon }).spoken);
    return syllables;
  }, RUNS, MS_PER_RUN);

  const bulletins = await loadCorpus();
  const score = scoreCorpus(bulletins);
  const lines = measureThroughput(() => {
    let syllables = 0;
    for (const line of bulletins) syllables += countSyllables(normaliseForReading(line.written, { dialect: line.dialect }).spoken);
    return syllables;
  }, RUNS, MS_PER_RUN);

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
      { label: `Normaliser throughput on the corpus, best of ${RUNS} runs of ${MS_PER_RUN} ms (bar 300,000)`, value: lines.best, unit: 'syll/s' },
      { label: `Normaliser throughput on the corpus, median of ${RUNS} runs`, value: lines.median, unit: 'syll/s' },
      { label: `Normaliser throughput on the scripts' paragraphs, best of ${RUNS} runs (bar 300,000)`, value: paragraphs.best, unit: 'syll/s' },
      { label: `Normaliser throughput on the scripts' paragraphs, median of ${RUNS} runs`, value: paragraphs.median, unit: 'syll/s' },
      { label: `Normaliser paragraphs (${corpus.length} paragraphs, ${RUNS} runs)`, value: paragraphs.syllables, unit: 'syll' },
      { label: `Build all ${entries.length} scripts (write, normalise, time)`, value: catalogueMs, unit: 'ms' },
      { label: `Build the kit: ${report.files.length} files (.txt + .pdf)`, value: kitMs / 1000, unit: 's' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
