/**
 * Build errors of the meeting kit, worded for the person who edits the guide: which file and
 * field, which slide or sheet, and what to change. Slide type never shrinks below 28 pt (40 pt
 * for titles), so the fix is always shorter words.
 */
import { ContentError } from '../content/content-error.ts';
import type { TextSource } from '../content/sourced-text.ts';

export function createSlideOverflowError(source: TextSource, place: string, minPt: number): ContentError {
  return new ContentError(
    source.file,
    source.field,
    `does not fit on one ${place} even at ${minPt} pt, and it has no sentence break to split it at`,
    'shorten the text or split it into shorter sentences; meeting slides keep type large enough to read from the back of a village hall.',
  );
}

export function createSheetOverflowError(source: TextSource, place: string): ContentError {
  return new ContentError(source.file, source.field, `is taller than a whole page of the ${place}`, 'shorten the text; handouts keep large type so they stay readable after photocopying.');
}

/** A word (usually a web address) wider than its column, even after breaking after "/". */
export function createSheetWidthError(source: TextSource, place: string): ContentError {
  return new ContentError(source.file, source.field, `has a word too wide for its column on the ${place}`, 'shorten the word or the web address (site.yaml `url`), or put a space in long compound words.');
}
