/**
 * Glossary links in guide text: the first use of each glossary term on a page becomes a link
 * to its entry on /thuat-ngu/ (once per page, as in plain-language practice: a reader who
 * knows the word is not slowed by a link on every line). Matching ignores case and needs whole
 * words, so "VNeID" does not match inside "VNeIDs" and "mã" does not match inside "mãi".
 */
export interface GlossaryEntry {
  id: string;
  term: string;
  aliases: readonly string[];
}

/** A run of text, or a run that is the first use of glossary entry `id`. */
export type GlossaryPart = string | { text: string; id: string };

export type GlossaryLinker = (text: string) => GlossaryPart[];

/**
 * A linker for one page: call it on each text in reading order; each entry is linked at its
 * first use only. A comma in `term` separates variants ("Thẻ căn cước, thẻ căn cước công dân").
 */
export function createGlossaryLinker(entries: readonly GlossaryEntry[]): GlossaryLinker {
  const variants = entries
    .flatMap((entry) => [...entry.term.split(','), ...entry.aliases].map((variant) => ({ id: entry.id, pattern: variant.trim().normalize('NFC') })))
    .filter((variant) => variant.pattern.length > 1)
    // Longest first, so "thẻ căn cước công dân" wins over "thẻ căn cước" at the same place.
    .sort((a, b) => b.pattern.length - a.pattern.length)
    .map((variant) => ({ id: variant.id, regex: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant.pattern)}(?![\\p{L}\\p{N}])`, 'iu') }));
  const used = new Set<string>();

  return (text) => {
    const parts: GlossaryPart[] = [];
    let rest = text.normalize('NFC');
    for (;;) {
      let best: { index: number; length: number; id: string } | undefined;
      for (const variant of variants) {
        if (used.has(variant.id)) continue;
        const match = variant.regex.exec(rest);
        if (match && (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length))) {
          best = { index: match.index, length: match[0].length, id: variant.id };
        }
      }
      if (!best) break;
      used.add(best.id);
      if (best.index > 0) parts.push(rest.slice(0, best.index));
      parts.push({ text: rest.slice(best.index, best.index + best.length), id: best.id });
      rest = rest.slice(best.index + best.length);
    }
    if (rest) parts.push(rest);
    return parts;
  };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
