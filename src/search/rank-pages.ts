/**
 * Ranking pages over the concepts of a query (resolve-query.ts). Each concept is searched in
 * pagefind twice per spelling: quoted, which matches whole words only (tones folded), to know
 * which pages contain it; and plain, whose scores say how prominently (a title outweighs a
 * footnote). Pages are ranked by how many concepts they contain, each weighted by how rare it
 * is on the site, so filler that slipped through ("giấy", "bà con") counts for little (and a
 * word the term table does not know never counts as a rare one), worth half as much again when
 * it is in the page's title (a guide's title names its procedure), more in the title's first
 * part, more when the question asks to do it ("làm ks", resolve-query.ts), and more when two of
 * them follow each other in the title as in the query ("dk ket hon", "Đăng ký kết hôn"); then
 * guides before the glossary and help pages for the same concepts; then by prominence and by how
 * much of the title the query covers ("Đăng ký thường trú trên mạng" before "Khai sinh, đăng ký
 * thường trú và làm thẻ bảo hiểm y tế cho con").
 */
import { foldTones, splitWords } from './fold-text.ts';

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
  /** Recognised through the office's term table (resolve-query.ts). */
  known: boolean;
  /** Named right after a verb of doing (resolve-query.ts): what the question asks for. */
  asked?: boolean;
}

export type PageKind = 'guide' | 'other';

export interface PageInfo {
  kind: PageKind;
  title: string;
}

export interface RankedPage {
  id: string;
  kind: PageKind;
  /** Sum of the weights of the concepts the page contains, with the title bonus. */
  matched: number;
  /** Share of the title's words that the query's concepts cover. */
  titleShare: number;
  /** How many of the query's concepts the page contains. */
  concepts: number;
  prominence: number;
  /** Spellings found on the page as whole words, to highlight. */
  words: string[];
}

/** Two concepts in a row in the query and in the title count this much more of their weights. */
const PHRASE_BONUS = 0.5;
/**
 * A concept in the title's first part (before its first comma or "và") counts this much more
 * again: a title names its procedure first and what goes with it after ("Khai sinh, đăng ký
 * thường trú và làm thẻ bảo hiểm y tế cho con" is the birth guide, not the residence one). On the
 * tuned corpus and the 131 questions gathered after it: 0.25, 0.5, 1 and 1.5 put the right guide
 * first for 253, 256, 259 and 256 of 275.
 */
const HEAD_BONUS = 1;
/** A concept in the title counts this much more. */
const TITLE_BONUS = 0.5;
/** A page whose whole title the query covers counts this much more: a guide's title names its procedure, so in a near tie the page the query names wins ("vao cong dvc qg" is the log-in guide). */
const TITLE_SHARE_BONUS = 0.4;
/** How much of a concept's weight depends on how prominent it is on the page (pagefind's score relative to the best page's). */
const PROMINENCE_SHARE = 0.4;
/** Pages other than guides (glossary, help) count this much of their weight: for the same words, the guide comes first. */
const OTHER_KIND_FACTOR = 0.75;
/** A concept named right after a verb of doing counts this much more: "lam ks cho con o noi tam tru" asks for the birth. */
const ASKED_BONUS = 0.5;
/** A concept the term table recognised ("chuyển khẩu", "dk") names a procedure more surely than a stray word ("quê"). */
const KNOWN_BONUS = 0.5;
/**
 * A concept the term table does not know weighs no more than one on this share of the pages: a
 * stray word on one page ("ông" of "ông nội", "hết" of "hết bao nhiêu") otherwise outweighed the
 * procedure the table recognised ("ko khai tu cho ong noi co bi phat ko" found the birth guide).
 * On the 131 questions gathered from public pages on 3 December 2026 (now at the end of
 * tests/corpus/search-queries.yaml), floors of 3, 5 and 8 of the 14 pages put the right guide
 * first for 107, 109 and 109; the 144 questions before them kept 142 with each.
 */
const UNKNOWN_MIN_SHARE = 1 / 3;
/** A concept found only as the beginning of longer words (a typo, a word cut short) counts this much. */
const PREFIX_ONLY_WEIGHT = 0.5;
/** Pages far behind the best (less than this share of its weight) are left out rather than listed. */
const MIN_SHARE_OF_BEST = 0.5;

/**
 * Ranks every page that contains at least one concept. `pageCount` is the number of indexed
 * pages (for the rarity weight), `kindOf` says which pages are guides.
 */
export function rankPages(concepts: ConceptHits[], pageCount: number, infoOf: (id: string) => PageInfo | undefined): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  // Each page's title: its words, those the query covers, how many words its first part has, and
  // where each concept sits in it (word spans), to find procedures the query names as a phrase.
  const titles = new Map<string, { words: string[]; covered: Set<number>; head: number; spans: { concept: number; start: number; end: number; weight: number }[] }>();
  const get = (id: string) => {
    let page = pages.get(id);
    if (!page) {
      const info = infoOf(id);
      pages.set(id, (page = { id, kind: info?.kind ?? 'other', matched: 0, titleShare: 0, concepts: 0, prominence: 0, words: [] }));
      const title = info?.title ?? '';
      titles.set(id, { words: splitWords(foldTones(title)), covered: new Set(), head: splitWords(title.split(/,| và /)[0]!).length, spans: [] });
    }
    return page;
  };
  for (const [conceptIndex, concept] of concepts.entries()) {
    const exact = new Set(concept.variants.flatMap((variant) => variant.exact));
    const prefixOnly = exact.size === 0;
    const found = prefixOnly ? new Set(concept.variants.flatMap((variant) => variant.scored.map((hit) => hit.id))) : exact;
    if (found.size === 0) continue;
    // Inverse document frequency: a concept on every page tells nothing about which one is meant.
    // A word the term table does not know weighs at most as if it were on a third of the pages.
    const pagesWith = concept.known ? found.size : Math.max(found.size, pageCount * UNKNOWN_MIN_SHARE);
    const weight = Math.log(1 + Math.max(pageCount, pagesWith) / pagesWith) * (prefixOnly ? PREFIX_ONLY_WEIGHT : 1) * (concept.known ? 1 + KNOWN_BONUS : 1) * (concept.asked ? 1 + ASKED_BONUS : 1);
    const relative = new Map<string, number>();
    for (const variant of concept.variants) {
      const top = Math.max(0, ...variant.scored.map((hit) => hit.score));
      for (const hit of variant.scored) relative.set(hit.id, Math.max(relative.get(hit.id) ?? 0, top > 0 ? hit.score / top : 0));
    }
    // Folded once per spelling, not once per page: on a phone the folding is most of the ranking's time.
    const spellings = concept.variants.map((variant) => ({ variant, words: splitWords(foldTones(variant.text)), exact: new Set(variant.exact) }));
    for (const id of found) {
      const page = get(id);
      const title = titles.get(id)!;
      let inTitle = false;
      let inHead = false;
      for (const { variant, words, exact } of spellings) {
        if (!prefixOnly && !exact.has(id)) continue;
        if (!prefixOnly) page.words.push(variant.text);
        const at = findPhrase(title.words, words);
        if (at.length > 0) {
          inTitle = true;
          if (at[0]! + words.length <= title.head) inHead = true;
          for (let k = 0; k < at.length; k += words.length) title.spans.push({ concept: conceptIndex, start: at[k]!, end: at[k]! + words.length - 1, weight });
        }
        for (const index of at) title.covered.add(index);
      }
      const prominence = relative.get(id) ?? 0;
      page.matched += weight * (inTitle ? 1 + TITLE_BONUS + (inHead ? HEAD_BONUS : 0) : 1) * (1 - PROMINENCE_SHARE + PROMINENCE_SHARE * prominence);
      page.concepts += 1;
      page.prominence += weight * (relative.get(id) ?? 0);
    }
  }
  for (const [id, page] of pages) {
    const title = titles.get(id)!;
    // Two of the query's concepts one after the other, one after the other in the title too: the
    // query names the page's procedure ("dk ket hon" and "Đăng ký kết hôn"), not a word of its context.
    const phrases = new Map<number, number>();
    for (const a of title.spans) for (const b of title.spans) if (b.concept === a.concept + 1 && b.start === a.end + 1) phrases.set(a.concept, PHRASE_BONUS * (a.weight + b.weight));
    for (const bonus of phrases.values()) page.matched += bonus;
    page.titleShare = title.words.length === 0 ? 0 : title.covered.size / title.words.length;
    page.matched *= (page.kind === 'guide' ? 1 : OTHER_KIND_FACTOR) * (1 + TITLE_SHARE_BONUS * page.titleShare);
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

/** Indexes of the words of every occurrence of `phrase` in `words`. */
function findPhrase(words: string[], phrase: string[]): number[] {
  const found: number[] = [];
  if (phrase.length === 0) return found;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, k) => words[i + k] === word)) for (let k = 0; k < phrase.length; k++) found.push(i + k);
  }
  return found;
}
