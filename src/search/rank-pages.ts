/**
 * Ranking pages over the concepts of a query (resolve-query.ts). Each concept is searched in
 * pagefind twice per spelling: quoted, which matches whole words only (tones folded), to know
 * which pages contain it; and plain, whose scores say how prominently (a title outweighs a
 * footnote). Pages are ranked by how many concepts they contain, each weighted by how rare it
 * is on the site, so filler that slipped through ("giấy", "bà con") counts for little; then
 * guides before the glossary and help pages for the same concepts; then by prominence.
 */

export interface VariantHits {
  /** The spelling searched, e.g. "đang ky". */
  text: string;
  /** Pages containing it as whole words (quoted search). */
  exact: string[];
  /** Pages found by the plain search, with its scores (it also matches word beginnings). */
  scored: { id: string; score: number }[];
}

export interface ConceptHits {
  variants: VariantHits[];
}

export type PageKind = 'guide' | 'other';

export interface RankedPage {
  id: string;
  kind: PageKind;
  /** Sum of the weights of the concepts the page contains. */
  matched: number;
  /** How many of the query's concepts the page contains. */
  concepts: number;
  prominence: number;
  /** Spellings found on the page as whole words, to highlight. */
  words: string[];
}

/** A concept found only as the beginning of longer words (a typo, a word cut short) counts this much. */
const PREFIX_ONLY_WEIGHT = 0.5;
/** Pages far behind the best (less than this share of its weight) are left out rather than listed. */
const MIN_SHARE_OF_BEST = 0.5;

/**
 * Ranks every page that contains at least one concept. `pageCount` is the number of indexed
 * pages (for the rarity weight), `kindOf` says which pages are guides.
 */
export function rankPages(concepts: ConceptHits[], pageCount: number, kindOf: (id: string) => PageKind): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  const get = (id: string) => {
    let page = pages.get(id);
    if (!page) pages.set(id, (page = { id, kind: kindOf(id), matched: 0, concepts: 0, prominence: 0, words: [] }));
    return page;
  };
  for (const concept of concepts) {
    const exact = new Set(concept.variants.flatMap((variant) => variant.exact));
    const prefixOnly = exact.size === 0;
    const found = prefixOnly ? new Set(concept.variants.flatMap((variant) => variant.scored.map((hit) => hit.id))) : exact;
    if (found.size === 0) continue;
    // Inverse document frequency: a concept on every page tells nothing about which one is meant.
    const weight = Math.log(1 + Math.max(pageCount, found.size) / found.size) * (prefixOnly ? PREFIX_ONLY_WEIGHT : 1);
    const relative = new Map<string, number>();
    for (const variant of concept.variants) {
      const top = Math.max(0, ...variant.scored.map((hit) => hit.score));
      for (const hit of variant.scored) relative.set(hit.id, Math.max(relative.get(hit.id) ?? 0, top > 0 ? hit.score / top : 0));
    }
    for (const id of found) {
      const page = get(id);
      page.matched += weight;
      page.concepts += 1;
      page.prominence += weight * (relative.get(id) ?? 0);
      for (const variant of concept.variants) if (variant.exact.includes(id)) page.words.push(variant.text);
    }
  }
  const ranked = [...pages.values()].sort(comparePages);
  const best = ranked[0]?.matched ?? 0;
  return ranked.filter((page) => page.matched >= best * MIN_SHARE_OF_BEST);
}

/** Same concepts: equal sums of the same weights, compared with a tolerance for float addition order. */
const EPSILON = 1e-9;

function comparePages(a: RankedPage, b: RankedPage): number {
  if (Math.abs(a.matched - b.matched) > EPSILON) return b.matched - a.matched;
  if (a.kind !== b.kind) return a.kind === 'guide' ? -1 : 1;
  return b.prominence - a.prominence;
}
