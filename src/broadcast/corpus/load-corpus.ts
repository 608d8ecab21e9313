import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { CorpusLine } from './score-corpus.ts';

/** tests/corpus/read-aloud-bulletins.yaml: groups of lines, one group per source page. */
const corpusSchema = z.array(z.strictObject({
  source: z.url(),
  topic: z.string().min(1),
  dialect: z.enum(['north', 'south']).default('north'),
  lines: z.array(z.strictObject({
    written: z.string().min(1),
    spoken: z.string().min(1),
    warns: z.array(z.string().min(1)).default([]),
  })).min(1),
}));

export const BULLETIN_CORPUS = new URL('../../../tests/corpus/read-aloud-bulletins.yaml', import.meta.url);

export async function loadCorpus(file: URL | string = BULLETIN_CORPUS): Promise<CorpusLine[]> {
  const groups = corpusSchema.parse(parse(await readFile(file, 'utf8')));
  return groups.flatMap((group) => group.lines.map((line) => ({ source: group.source, dialect: group.dialect, ...line })));
}
