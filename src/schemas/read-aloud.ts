import { z } from 'astro/zod';
import { text } from './text.ts';

const spelling = z.strictObject({
  /** As it appears in text, e.g. "UBND". Matched as a whole word, case-sensitively. */
  written: text(),
  /** As it must be read, e.g. "Ủy ban nhân dân". */
  spoken: text(),
});

/** `content/read-aloud.yaml`: words the office wants read a particular way on air. */
export const readAloudSchema = z.strictObject({
  /** Abbreviations always read in full (UBND → Ủy ban nhân dân). */
  abbreviations: z.array(spelling).default([]),
  /** Names and loanwords with a fixed pronunciation (VNeID, Zalo, …). */
  pronunciations: z.array(spelling).default([]),
});

export type ReadAloud = z.output<typeof readAloudSchema>;
