import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../bench/format-table.ts';
import type { Content } from '../content/load-content.ts';
import { buildBroadcastKit } from './build-broadcast-kit.ts';
import { getBroadcastCatalogue } from './catalogue.ts';
import { createLexicon } from './read-aloud/lexicon.ts';
import { normaliseForReading } from './read-aloud/normalise.ts';
import { countSyllables } from './read-aloud/syllables.ts';

/** At least this long per measurement, so one slow garbage collection does not decide it. */
const MIN_MS = 1000;

/**
 * What the broadcast kit costs: normaliser throughput over a realistic corpus (every paragraph
 * of every script as written: guides, contacts, station IDs) and the time to build all scripts.
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

  const catalogueStart = performance.now();
  const entries = getBroadcastCatalogue(content);
  const catalogueMs = performance.now() - catalogueStart;

  const dir = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-bench-broadcast-'));
  try {
    const kitStart = performance.now();
    const report = await buildBroadcastKit(content, dir);
    const kitMs = performance.now() - kitStart;
    return [
      { label: 'Normaliser throughput (spoken syllables per second)', value: Math.round(syllables / seconds), unit: 'syll/s' },
      { label: `Normaliser corpus (${corpus.length} paragraphs × ${runs} runs)`, value: syllables, unit: 'syll' },
      { label: `Build all ${entries.length} scripts (write, normalise, time)`, value: catalogueMs, unit: 'ms' },
      { label: `Build the kit: ${report.files.length} files (.txt + .pdf)`, value: kitMs / 1000, unit: 's' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
