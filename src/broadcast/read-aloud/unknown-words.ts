import { HAS_DIGIT } from './quick-tests.ts';
import { END, START, type Rule, type RuleResult } from './rule.ts';

/**
 * Words no earlier rule read. Ordinary Vietnamese words pass through. Flagged, never guessed:
 * an all-capitals word that is not a Vietnamese syllable (an abbreviation missing from
 * content/read-aloud.yaml), a word with capitals inside (VNeID, iPhone), a word mixing letters
 * and digits (4G, A4), and a Latin word that cannot be a Vietnamese syllable (online, Zalo).
 * Words with an apostrophe are names from minority languages (H'Mông) and pass.
 */
const WORD = new RegExp(`${START}[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*${END}`, 'gu');
const LEFTOVER_NUMBER = new RegExp(`${START}\\d+(?:[^\\s\\p{L}\\p{M}]+\\d+)*${END}`, 'gu');

/**
 * A Vietnamese syllable without its tone and vowel marks: optional onset, one to three vowel
 * letters, optional final consonant (Vietnamese has no consonant clusters). A final "k" is
 * allowed for the place names of the Central Highlands written the Vietnamese way ("Đắk Lắk",
 * "Đăk Tô", "Krông Pắk" aside), which bulletins print every day.
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnptk])?$/;

export const leftoverNumberRule: Rule = {
  name: 'number',
  pattern: () => LEFTOVER_NUMBER,
  requires: HAS_DIGIT,
  read: (match) => ({ spoken: match[0], warning: `Chưa biết đọc "${match[0]}": viết lại bằng chữ hoặc theo cách viết thông dụng (1/7/2025, 7h30, 50.000đ)` }),
};

export const unknownWordRule: Rule = {
  name: 'word',
  pattern: () => WORD,
  read: (match) => {
    const verdict = getVerdict(match[0]);
    return verdict.unlessCapitalNeighbour && hasCapitalNeighbour(match) ? undefined : verdict.problem;
  },
};

/** What is wrong with a word on its own; short bare capitals also depend on their neighbours. */
interface Verdict {
  problem: RuleResult | undefined;
  /** "CA", "HA": no problem when a neighbouring word is in capitals too (a heading). */
  unlessCapitalNeighbour?: boolean;
}

/**
 * Verdicts by word: all but the neighbour check depend on the word alone. Bulletins repeat a
 * few thousand syllables, and the checks below (decomposing each word, comparing the case of
 * each letter) took a fifth of the normaliser's time when they ran on every word (issue 9
 * throughput). Emptied when full, so a long paste of unusual words cannot grow it without bound.
 */
const verdicts = new Map<string, Verdict>();
const MAX_VERDICTS = 10_000;

function getVerdict(word: string): Verdict {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdict = getProblem(word);
    verdicts.set(word, verdict);
  }
  return verdict;
}

const PRONUNCIATIONS = 'thêm vào pronunciations trong content/read-aloud.yaml';
const NO_PROBLEM: Verdict = { problem: undefined };

function getProblem(word: string): Verdict {
  if (/['’]/.test(word)) return NO_PROBLEM;
  const hasDigit = /\p{N}/u.test(word);
  const letters = word.replace(/\P{L}/gu, '');
  if (hasDigit && letters) {
    return { problem: { spoken: word, warning: `Chưa biết đọc "${word}" (chữ lẫn số)`, fix: PRONUNCIATIONS, advice: `Chưa biết đọc "${word}" (chữ lẫn số): viết cách đọc bằng chữ` } };
  }
  if (!letters) return NO_PROBLEM;
  const isVietnamese = isSyllable(letters);
  const upperCount = [...letters].filter((c) => c !== c.toLowerCase()).length;
  if (upperCount === letters.length && letters.length > 1) {
    if (!isVietnamese) {
      return { problem: { spoken: word, warning: `Viết tắt "${word}" chưa có cách đọc`, fix: 'thêm vào abbreviations trong content/read-aloud.yaml', advice: `Viết tắt "${word}" chưa có cách đọc: viết đầy đủ các chữ` } };
    }
    // "CA", "HA", "TA": capitals that spell a syllable. In a heading written in capitals
    // ("MIỄN PHÍ") they are words; alone among small letters they are an abbreviation whose
    // meaning the context did not settle (syllable-abbreviations.ts reads the settled ones).
    if (isShortBareCapitals(letters)) {
      return {
        problem: { spoken: word, warning: `"${word}" viết hoa giữa câu, có thể là chữ viết tắt`, fix: 'thêm vào abbreviations trong content/read-aloud.yaml, hoặc viết đầy đủ', advice: `"${word}" viết hoa giữa câu, có thể là chữ viết tắt: viết đầy đủ (ví dụ "Công an xã" thay cho "CA xã")` },
        unlessCapitalNeighbour: true,
      };
    }
    return NO_PROBLEM;
  }
  if (upperCount > 1 || (upperCount === 1 && letters[0] === letters[0]?.toLowerCase())) {
    return { problem: { spoken: word, warning: `Chưa biết đọc "${word}" (chữ hoa lẫn chữ thường)`, fix: PRONUNCIATIONS, advice: `Chưa biết đọc "${word}" (chữ hoa lẫn chữ thường): viết cách đọc bằng chữ, ví dụ "vê en e ai đi" cho "VNeID"` } };
  }
  return isVietnamese
    ? NO_PROBLEM
    : { problem: { spoken: word, warning: `"${word}" không phải tiếng Việt`, fix: `${PRONUNCIATIONS}, hoặc viết bằng từ tiếng Việt`, advice: `"${word}" không phải tiếng Việt: viết bằng từ tiếng Việt hoặc viết cách đọc bằng chữ` } };
}

/** Two or three capitals without tone marks: "CA", "HA", "TAN"; not "MIỄN" or "PHÍ". */
function isShortBareCapitals(letters: string): boolean {
  return letters.length <= 3 && /^[A-Z]+$/.test(letters);
}

/** A neighbouring word also in capitals means a heading or a name written in capitals. */
function hasCapitalNeighbour(match: RegExpExecArray): boolean {
  const before = /([\p{L}\p{M}]+)[^\p{L}\p{M}\n]*$/u.exec(match.input.slice(Math.max(0, match.index - 40), match.index))?.[1];
  const after = /^[^\p{L}\p{M}\n]*([\p{L}\p{M}]+)/u.exec(match.input.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[1];
  return [before, after].some((word) => word !== undefined && word.length > 1 && word === word.toUpperCase());
}

export function isSyllable(word: string): boolean {
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return SYLLABLE.test(bare);
}
