import { z } from 'astro/zod';
import { foldForMatching } from '../search/fold-text.ts';
import { schemaRule } from './schema-rule.ts';
import { text } from './text.ts';

/**
 * A word or phrase as people type it. Entries are matched in a query ignoring case, tones and
 * đ/d ("dk", "đk" and "ĐK" are one entry; "ho khau" matches "hộ khẩu"), so each needs to be
 * written only once, with its diacritics if it has any.
 */
const phrase = () => text().refine((value) => /[\p{L}\p{N}]/u.test(value), schemaRule('schema.letterOrDigit'));

/** One word, no spaces: abbreviations are replaced word by word. */
const word = () => phrase().refine((value) => /^[\p{L}\p{N}]+$/u.test(value), schemaRule('schema.oneWord'));

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

const abbreviationSchema = z.strictObject({
  /** The short forms people type, e.g. ["dk", "đk"]. Never searched themselves. */
  short: oneOrMany(word()),
  /** The words the guides use instead, e.g. "đăng ký". Several: any of them may match ("mk" → "mức", "mật khẩu"). */
  full: oneOrMany(phrase()),
});

const synonymSchema = z.strictObject({
  /** Words people use, e.g. "hộ khẩu". Still searched themselves. */
  typed: oneOrMany(phrase()),
  /** Words the guides use for the same thing, searched too, e.g. "thường trú". One way only: "cháu" finds "con", not the reverse. */
  alsoSearch: oneOrMany(phrase()),
});

/**
 * `content/search-terms.yaml`: how citizens type on a phone, so that the search page finds
 * the guide they mean. The office extends it with what people in the commune ask.
 */
export const searchTermsSchema = z.strictObject({
  /** Short forms replaced by the full words ("ks" → "khai sinh", "k" → "không"). */
  abbreviations: z.array(abbreviationSchema).default([]),
  /** Other words for the same thing, searched as well as what was typed ("công chứng" → "chứng thực"). */
  synonyms: z.array(synonymSchema).default([]),
  /** Groups of spellings that are the same word, each searched for any of them: ["kí", "ký"], ["lí", "lý"]. */
  alike: z.array(z.array(phrase()).min(2, schemaRule('schema.alikeMin'))).default([]),
  /**
   * Words of several syllables that the guides use ("kết quả", "giấy chứng sinh"): typed without
   * tones, their syllables are searched together rather than each on its own ("ket" alone is
   * also the "kết" of "kết hôn"). The full forms of abbreviations and the `alsoSearch` words of
   * synonyms count as such words already.
   */
  phrases: z.array(phrase()).default([]),
  /**
   * Question words and filler ("ở đâu", "thế nào", "xin", "ạ"): a page need not contain them.
   * A query made only of filler is searched as typed.
   */
  filler: z.array(phrase()).default([]),
})
  .superRefine((terms, context) => {
    // The search page takes one entry per typed form (matched without tones or đ): a form in two
    // entries silently loses one of them ("trẻ sơ sinh" under both "con" and "khai sinh").
    const lists = [
      ['abbreviations', 'short', terms.abbreviations.map((entry) => entry.short)],
      ['synonyms', 'typed', terms.synonyms.map((entry) => entry.typed)],
    ] as const;
    for (const [list, field, entries] of lists) {
      const seen = new Map<string, number>();
      entries.forEach((forms, i) => {
        forms.forEach((form, k) => {
          const key = foldForMatching(form);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, i);
          else if (first !== i) context.addIssue({ code: 'custom', path: [list, i, field, k], message: schemaRule('schema.searchTermUnique', { form, list, first }) });
        });
      });
    }
  });

export type SearchTerms = z.output<typeof searchTermsSchema>;
