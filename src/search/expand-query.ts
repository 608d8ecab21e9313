/**
 * Vietnamese search without diacritics. Pagefind (≥ 1.5) folds tones and ă/â/ê/ô/ơ/ư, but
 * not đ: U+0111 has no Unicode decomposition, so "dang ky" never matches "Đăng ký". In
 * Vietnamese đ only ever starts a syllable, so each query word starting with d is searched as
 * both d… and đ…, and the results are merged. The number of variants is capped because
 * each is a separate search.
 */
export const MAX_VARIANTS = 16;

/** The query and its d/đ variants, the query as typed first, at most `max` of them. */
export function expandQuery(query: string, max: number = MAX_VARIANTS): string[] {
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  let variants: string[][] = [[]];
  for (const word of words) {
    const alternatives = /^[dD]/.test(word) ? [word, `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`] : [word];
    variants = variants.flatMap((prefix) => alternatives.map((alternative) => [...prefix, alternative])).slice(0, max);
  }
  return words.length === 0 ? [] : variants.map((variant) => variant.join(' '));
}

export interface ScoredHit<T> {
  id: string;
  score: number;
  item: T;
}

/**
 * Merges the hits of several variant searches into one list, one entry per page.
 * Pagefind's scores are not comparable between queries: a variant that matches one page with a
 * rare word ("dạng" for "dang") outscores a variant that matches every guide ("đăng"). So each
 * hit's score is taken relative to the best hit of its own variant, and weighted by how many
 * pages the variant found compared with the most fruitful variant: the reading of the query
 * that matches most of the site is the one the reader most likely meant. Each page keeps its
 * best weighted score; best first.
 */
export function mergeByBestScore<T>(hitLists: ScoredHit<T>[][]): ScoredHit<T>[] {
  const mostHits = Math.max(0, ...hitLists.map((hits) => hits.length));
  const best = new Map<string, ScoredHit<T>>();
  for (const hits of hitLists) {
    const top = Math.max(...hits.map((hit) => hit.score));
    for (const hit of hits) {
      const weighted = { ...hit, score: (hit.score / top) * (hits.length / mostHits) };
      const seen = best.get(hit.id);
      if (!seen || weighted.score > seen.score) best.set(hit.id, weighted);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
