import { z } from 'astro/zod';
import { slug, text } from './text.ts';

/** One entry of `content/glossary.yaml`. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the glossary page (no diacritics), e.g. "dinh-danh-muc-2". */
  id: slug(),
  /** The term as written, e.g. "Định danh điện tử mức 2". */
  term: text(),
  /**
   * Other ways guides write the term, e.g. "VNeID mức 2" for "Định danh điện tử mức 2". Guide
   * pages link the first use of the term or of an alias (a comma in `term` separates variants too).
   */
  aliases: z.array(text()).default([]),
  /** Plain explanation for a first-time reader, one or two sentences. */
  definition: text(),
});

export const glossarySchema = z.array(glossaryTermSchema).min(1);

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
