import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { slug, text } from './text.ts';

/** One entry of `content/glossary.yaml`. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the glossary page (no diacritics), e.g. "dinh-danh-muc-2". */
  id: slug(),
  /** The term as written, e.g. "Định danh điện tử mức 2". */
  term: text(),
  /** Plain explanation for a first-time reader, one or two sentences. */
  definition: text(),
  /**
   * Other ways guides write the term ("toàn trình" for "Dịch vụ công trực tuyến toàn trình").
   * Guide pages link the first use of the term or of an alias (a comma in `term` separates
   * variants too), and the content linter asks for a glossary link there. Default: none.
   */
  aliases: z.array(text()).default([]),
});

/** The whole glossary: ids are anchors on one page, so each may appear once. */
export const glossarySchema = z
  .array(glossaryTermSchema)
  .min(1)
  .superRefine((terms, context) => {
    const seen = new Map<string, number>();
    terms.forEach((term, i) => {
      const first = seen.get(term.id);
      if (first === undefined) seen.set(term.id, i);
      else context.addIssue({ code: 'custom', path: [i, 'id'], message: schemaRule('schema.glossaryUnique', { id: term.id, first, term: terms[first]!.term }) });
    });
  });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
