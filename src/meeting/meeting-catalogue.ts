/**
 * Which meeting files exist, from the content alone: per guide of an edition a deck (PPTX and
 * PDF) and a handout; per commune a combined deck and a meeting pack. The kit builds exactly
 * these and the "Hội nghị" pages list exactly these.
 */
import type { Content } from '../content/load-content.ts';
import type { Edition, EditionRef } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import { meetingFiles } from '../paths.ts';
import { SHEET, SLIDE } from './formats.ts';

/** Thumbnails fit a square this many px a side, like the print kit's. */
export const MEETING_THUMBNAIL_PX = 240;

export type MeetingFileKind = 'deck' | 'combined' | 'handout' | 'pack';

export interface MeetingFileEntry {
  /** Site path of the PDF (KitFile id). */
  id: string;
  kind: MeetingFileKind;
  /** The guide, for decks and handouts. */
  guide?: string;
  edition: EditionRef;
  label: string;
  title: string;
  pdf: string;
  /** The editable PowerPoint, for decks. */
  pptx?: string;
  /** First page as PNG, rendered from the PDF. */
  thumbnail: { path: string; width: number; height: number; alt: string };
}

export function getMeetingFiles(content: Content, edition: Edition): MeetingFileEntry[] {
  const titles = new Map(content.guides.map((guide) => [guide.slug, guide.title]));
  const ref = edition.ref;
  const entries: MeetingFileEntry[] = [];
  for (const slug of edition.guides) {
    const title = titles.get(slug) ?? slug;
    entries.push(createEntry('deck', ref, t('meeting.deckLabel'), title, meetingFiles.deck(slug, 'pdf', ref), meetingFiles.deck(slug, 'pptx', ref), slug));
    entries.push(createEntry('handout', ref, t('meeting.handoutLabel'), title, meetingFiles.handout(slug, ref), undefined, slug));
  }
  if (ref.kind === 'commune') {
    const place = edition.place.text;
    entries.push(createEntry('combined', ref, t('meeting.combinedLabel'), t('meeting.combinedTitle', { place }), meetingFiles.combinedDeck(ref.slug, 'pdf'), meetingFiles.combinedDeck(ref.slug, 'pptx')));
    entries.push(createEntry('pack', ref, t('meeting.packLabel'), t('meeting.packTitle', { place }), meetingFiles.pack(ref.slug)));
  }
  return entries;
}

function createEntry(kind: MeetingFileKind, edition: EditionRef, label: string, title: string, pdf: string, pptx?: string, guide?: string): MeetingFileEntry {
  const slide = kind === 'deck' || kind === 'combined';
  const page = slide ? { width: SLIDE.width, height: SLIDE.height } : { width: SHEET.width, height: SHEET.height };
  const scale = MEETING_THUMBNAIL_PX / Math.max(page.width, page.height);
  const thumbnail = { path: meetingFiles.thumbnail(pdf, 1), width: Math.round(page.width * scale), height: Math.round(page.height * scale), alt: t('meetingPage.thumbnailAlt', { label, title }) };
  return { id: pdf, kind, guide, edition, label, title, pdf, pptx, thumbnail };
}
