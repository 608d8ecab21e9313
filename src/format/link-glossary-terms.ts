import { createTermMatcher } from '../glossary/create-term-matcher.ts';
import type { GlossaryEntry } from '../glossary/get-term-variants.ts';

/**
 * Glossary links on a page: the first use of each glossary term becomes a link to its entry on
 * /thuat-ngu/ (once per page, as in plain-language practice: a reader who knows the word is not
 * slowed by a link on every line). Which words count as a term is the matcher's business
 * (src/glossary/create-term-matcher.ts): whole words, any case, longest variant first.
 */
export type { GlossaryEntry };

/**
 * At most this many glossary links on one page. The readers are often older people reading on
 * a small phone: every link is a coloured, underlined word that breaks the line's rhythm and a
 * tap target a thumb can hit while scrolling, and a page dotted with links reads like a menu.
 * Eight is about one per phone screen (a guide page is about nine screens at 360 px, issue 10).
 * The example guides use 6 to 11 glossary terms each (median 9), so most pages link all or all
 * but the last few; those are the body's background words, since the fields come first in
 * reading order. The glossary page itself is one tap away in the header.
 */
export const MAX_GLOSSARY_LINKS = 8;

/** A run of text, or a run that is the first use of glossary entry `id`. */
export type GlossaryPart = string | { text: string; id: string };

/** A page's linker: call it on each text in reading order. */
export interface GlossaryLinker {
  (text: string): GlossaryPart[];
  /** An author's own link to `id`: true if it is the page's first and the page has links to spare, else false. */
  claim(id: string): boolean;
  /** Leaves `id` unlinked in the text for now: an author's link to it comes later on the page. */
  reserve(id: string): void;
  /** Entries the page links so far. */
  readonly linked: ReadonlySet<string>;
}

export interface GlossaryLinkerOptions {
  /** Default MAX_GLOSSARY_LINKS. */
  maxLinks?: number;
  /**
   * The page's linked texts in reading order (src/glossary/get-guide-link-texts.ts), linked
   * up front: a call with one of them returns its planned parts, whatever order the page's
   * components render in, and the MDX plugin, which plans the same texts, agrees with the page
   * on what is already linked.
   */
  plan?: readonly string[];
}

export function createGlossaryLinker(entries: readonly GlossaryEntry[], { maxLinks = MAX_GLOSSARY_LINKS, plan = [] }: GlossaryLinkerOptions = {}): GlossaryLinker {
  const match = createTermMatcher(entries);
  const linked = new Set<string>();
  const reserved = new Set<string>();

  const link = (text: string): GlossaryPart[] => {
    const nfc = text.normalize('NFC');
    const parts: GlossaryPart[] = [];
    let at = 0;
    for (const found of match(nfc)) {
      if (linked.has(found.id) || reserved.has(found.id) || linked.size >= maxLinks) continue;
      linked.add(found.id);
      if (found.index > at) parts.push(nfc.slice(at, found.index));
      parts.push({ text: found.text, id: found.id });
      at = found.index + found.text.length;
    }
    if (at < nfc.length) parts.push(nfc.slice(at));
    return parts;
  };

  const planned = new Map<string, GlossaryPart[][]>();
  for (const text of plan) planned.set(text, [...(planned.get(text) ?? []), link(text)]);

  const linker = (text: string) => planned.get(text)?.shift() ?? link(text);
  linker.claim = (id: string) => {
    reserved.delete(id);
    if (linked.has(id) || linked.size >= maxLinks) return false;
    linked.add(id);
    return true;
  };
  linker.reserve = (id: string) => {
    if (!linked.has(id)) reserved.add(id);
  };
  linker.linked = linked as ReadonlySet<string>;
  return linker;
}
