/**
 * Speaker notes in plain spoken Vietnamese: the notes as written, through the broadcast kit's
 * read-aloud normaliser, so numbers, dates, phone numbers and abbreviations come out as words
 * ("3 ngày" → "ba ngày", "UBND" → "Ủy ban nhân dân"). The office's pronunciations are left out
 * ("VNeID" → "vê en e ai đi" helps a speech engine, not a presenter reading to a hall).
 */
import type { Content } from '../content/load-content.ts';
import { createLexicon, type Lexicon } from '../broadcast/read-aloud/lexicon.ts';
import { normaliseForReading } from '../broadcast/read-aloud/normalise.ts';
import type { LaidSlide } from './slide-elements.ts';

export function getNotesLexicon(content: Content): Lexicon {
  return createLexicon({ ...content.readAloud, pronunciations: [] });
}

export function createSpeakerNotes(slides: readonly LaidSlide[], lexicon: Lexicon): string[] {
  return slides.map((slide) => slide.notes.map((paragraph) => normaliseForReading(paragraph, { lexicon }).spoken).join('\n\n'));
}
