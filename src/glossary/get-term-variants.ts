/** What the glossary matcher needs of an entry of content/glossary.yaml (src/schemas/glossary.ts). */
export interface GlossaryEntry {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** One way of writing a glossary entry: its term, one comma-separated part of it, or an alias. */
export interface TermVariant {
  id: string;
  /** Index of the entry in the glossary, for messages ("mục 3"). */
  entry: number;
  /** Where the variant is written: "term" or "aliases.<n>". */
  field: string;
  /** The variant as written, NFC, trimmed. */
  text: string;
  /** The variant as the matcher compares it: NFC, lower case, single spaces. */
  key: string;
}

/**
 * Lower case and single spaces, after NFC: "Mã  OTP" and "mã OTP" are one variant. Diacritics
 * stay: "ho so" and "hồ sơ" are different words in Vietnamese (a tone mark changes the word).
 */
export function getVariantKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * Every variant of every entry, in glossary order. A comma in `term` separates variants ("Thẻ căn
 * cước, thẻ căn cước công dân"), as the schema documents. One-letter variants are dropped: a
 * single letter would link inside every list ("a", "b").
 */
export function getTermVariants(entries: readonly GlossaryEntry[]): TermVariant[] {
  return entries.flatMap((entry, index) => {
    const written = [
      ...entry.term.split(',').map((text) => ({ field: 'term', text })),
      ...entry.aliases.map((text, alias) => ({ field: `aliases.${alias}`, text })),
    ];
    return written
      .map(({ field, text }) => ({ id: entry.id, entry: index, field, text: text.normalize('NFC').trim(), key: getVariantKey(text) }))
      .filter((variant) => [...variant.key].length > 1);
  });
}
