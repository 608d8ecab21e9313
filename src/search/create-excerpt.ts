/**
 * The excerpt under a search result: the stretch of the page with the most of the words it
 * was found by, those words marked. Pagefind's own excerpt marks every word that merely starts
 * like a query word ("con" marks "công", "cổng"), so the page text is marked here instead,
 * whole words only.
 */
import { foldTones, splitWords } from './fold-text.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words shown around the marks. */
export const EXCERPT_WORDS = 30;

/** `content` is the page's plain text; `words` the spellings found on it ("đang ky", "ket hon"). */
export function createExcerpt(content: string, words: string[], length: number = EXCERPT_WORDS): ExcerptPart[] {
  const wanted = new Set(words.flatMap((phrase) => splitWords(foldTones(phrase))));
  const tokens = [...content.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    key: foldTones(match[0]),
  }));
  if (tokens.length === 0) return [];
  // The window with the most different marked words, then the most marks, earliest first.
  let bestStart = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, tokens.length - length + 1); start++) {
    const window = tokens.slice(start, start + length).filter((token) => wanted.has(token.key));
    const score = new Set(window.map((token) => token.key)).size * 1000 + window.length;
    if (score > bestScore) [bestStart, bestScore] = [start, score];
  }
  const shown = tokens.slice(bestStart, bestStart + length);
  const from = bestStart === 0 ? 0 : shown[0]!.start;
  const to = bestStart + length >= tokens.length ? content.length : shown.at(-1)!.end;
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (from > 0) push('… ', false);
  let at = from;
  for (const token of shown) {
    if (!wanted.has(token.key)) continue;
    push(content.slice(at, token.start), false);
    push(content.slice(token.start, token.end), true);
    at = token.end;
  }
  push(content.slice(at, to), false);
  if (to < content.length) push(' …', false);
  return parts;
}
