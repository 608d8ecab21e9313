/**
 * Vietnamese search without diacritics. Pagefind (≥ 1.5) folds tones and ă/â/ê/ô/ơ/ư, but
 * not đ: U+0111 has no Unicode decomposition, so "dang ky" never matches "Đăng ký". In
 * Vietnamese đ only ever starts a syllable, so each query word starting with d is searched as
 * both d… and đ… (rank-pages.ts counts a page that has either). The number of variants is
 * capped because each is a separate search.
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
