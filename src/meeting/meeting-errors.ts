/**
 * Build errors of the meeting kit, worded for the person who edits the guide: which file and
 * field, which slide or sheet, and what to change. Slide type never shrinks below 28 pt (40 pt
 * for titles), so the fix is always shorter words.
 */
import { ContentError } from '../content/content-error.ts';
import type { TextSource } from '../content/sourced-text.ts';
import { t } from '../i18n/t.ts';

/** `place` is a pdfPlace.* message ("trang trình chiếu các bước"). */
export function createSlideOverflowError(source: TextSource, place: string, minPt: number): ContentError {
  return new ContentError(source.file, source.field, t('meetingError.slideOverflow.problem', { place, minPt }), t('meetingError.slideOverflow.fix'));
}

export function createSheetOverflowError(source: TextSource, place: string): ContentError {
  return new ContentError(source.file, source.field, t('meetingError.sheetOverflow.problem', { place }), t('meetingError.sheetOverflow.fix'));
}

/** A word (usually a web address) wider than its column, even after breaking after "/". */
export function createSheetWidthError(source: TextSource, place: string): ContentError {
  return new ContentError(source.file, source.field, t('meetingError.sheetWidth.problem', { place }), t('meetingError.sheetWidth.fix'));
}
