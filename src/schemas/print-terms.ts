import { z } from 'astro/zod';
import { schemaRule } from './schema-rule.ts';
import { text } from './text.ts';

/**
 * A compound of two or more Vietnamese syllables that reads as one word ("hồ sơ", "dịch vụ
 * công"). Vietnamese writes every syllable apart, so without this list a line breaker sees
 * "hồ" and "sơ" as two words and may set them on two lines of a poster headline.
 */
const compound = () =>
  text()
    .transform((value) => value.replace(/\s+/g, ' '))
    .refine((value) => value.includes(' '), schemaRule('schema.printTermWords'))
    .refine((value) => /^[\p{L}\p{N} ]+$/u.test(value), schemaRule('schema.printTermLetters'));

/**
 * `content/print-terms.yaml`: words that large type (cover titles, poster headlines and
 * slogans, banners) must keep on one line. Matched ignoring case, so "Hồ sơ" at the start of
 * a title is kept together too. The office adds the words of its own guides.
 */
export const printTermsSchema = z.strictObject({
  /** Compounds never broken across two lines of large type, e.g. "hồ sơ", "tài khoản", "Ủy ban nhân dân". */
  compounds: z.array(compound()).default([]),
});

export type PrintTerms = z.output<typeof printTermsSchema>;
