/**
 * Balanced line breaking for a few words set large: among the breaks that keep the greedy
 * line count (so the text is no taller), the one with the least squared slack over all
 * lines, the last included. Squares make one nearly empty line cost more than two half
 * full ones, so a lone short word on the last line ("… đi / xa") moves up a word from the
 * line above. Knuth–Plass without stretch or hyphens; a slogan has ten words, so the
 * O(lines × words²) table costs nothing.
 */

export interface Piece {
  text: string;
  /** Joins the previous piece without a space (a broken web address). */
  glue: boolean;
  /** Advance width in mm. */
  width: number;
}

/**
 * A line of one word (the last or any other) costs as much as an empty line: it is taken only
 * when every other break is worse (or there is none, as when every line holds one word). A
 * kept compound ("hồ sơ", src/pdf/text/keep-compounds.ts) is one piece but not one word.
 */
const WIDOW_COST_IN_WIDTHS = 1;

/**
 * A line that ends a clause ("Sao một lần, / dùng cho nhiều hồ sơ") reads better than one
 * that splits a phrase; such a break is worth this much slack, in widths. Vietnamese words
 * are several syllables with spaces between, so punctuation is the only phrase boundary we
 * can see without a dictionary.
 */
const CLAUSE_BONUS_IN_WIDTHS = 0.5;
const CLAUSE_END = /[,:;.?!–—]$/;

/** Start index of each of `lineCount` lines, or undefined when no such break fits the width. */
export function balanceLines(pieces: Piece[], space: number, width: number, lineCount: number): number[] | undefined {
  const n = pieces.length;
  const lineWidth = (from: number, to: number) => pieces.slice(from, to).reduce((sum, piece, i) => sum + piece.width + (i > 0 && !piece.glue ? space : 0), 0);
  // cost[k][j]: least cost of setting pieces 0..j-1 on k lines; from[k][j]: where line k starts.
  const cost = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: lineCount + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let k = 1; k <= lineCount; k++) {
    for (let j = k; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        if (!Number.isFinite(cost[k - 1]![i]!)) continue;
        const used = lineWidth(i, j);
        if (used > width) continue;
        const widow = j - i === 1 && lineCount > 1 && !pieces[i]!.text.includes(' ') ? WIDOW_COST_IN_WIDTHS * width ** 2 : 0;
        const clause = k < lineCount && CLAUSE_END.test(pieces[j - 1]!.text) ? (CLAUSE_BONUS_IN_WIDTHS * width) ** 2 : 0;
        const total = cost[k - 1]![i]! + (width - used) ** 2 + widow - clause;
        if (total < cost[k]![j]!) {
          cost[k]![j] = total;
          from[k]![j] = i;
        }
      }
    }
  }
  if (!Number.isFinite(cost[lineCount]![n]!)) return undefined;
  const starts: number[] = [];
  for (let k = lineCount, j = n; k > 0; k--) {
    const i = from[k]![j]!;
    starts.unshift(i);
    j = i;
  }
  return starts;
}
