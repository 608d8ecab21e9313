/**
 * The hamlet-meeting kit's descriptor: for every edition, a 16:9 deck per guide as editable
 * PPTX and as PDF from one slide layout, an A4 handout per guide, and for each commune a
 * combined deck and a meeting pack; each PDF with a first-page thumbnail for the "Hội nghị" page.
 */
import { defineKit, getSharedInputs, type BuiltFile } from '../build/kit.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { displayPath } from '../content/content-dir.ts';
import { findGuide } from './find-guide.ts';
import { drawThumbnail } from '../pdf/draw-thumbnail.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import type { PdfLayout } from '../pdf/elements.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { routes } from '../paths.ts';
import { createCombinedDeck, createGuideDeck } from './create-decks.ts';
import { createHandout } from './create-handout.ts';
import { createMeetingPack } from './create-meeting-pack.ts';
import { createSpeakerNotes, getNotesLexicon } from './create-speaker-notes.ts';
import { getPitfalls } from './get-pitfalls.ts';
import { getMeetingFiles, type MeetingFileEntry } from './meeting-catalogue.ts';
import { createDeckPdfLayout, MEETING_PRODUCER } from './render-deck-pdf.ts';
import { renderDeckPptx } from './render-deck-pptx.ts';
import { t } from '../i18n/t.ts';

export interface MeetingFileOptions {
  /** Render the PNG thumbnail too (benchmarks of the files alone skip it). */
  thumbnails?: boolean;
}

export async function buildMeetingFile(content: Content, edition: Edition, entry: MeetingFileEntry, options: MeetingFileOptions = {}): Promise<BuiltFile[]> {
  const measure = getTextMeasurer();
  const files: BuiltFile[] = [];
  let layout: PdfLayout;
  if (entry.kind === 'deck' || entry.kind === 'combined') {
    const deck = entry.kind === 'deck' ? createGuideDeck(measure, content, edition, findGuide(content, entry.guide)) : createCombinedDeck(measure, content, edition);
    layout = createDeckPdfLayout(deck);
    files.push({ path: entry.pptx!, data: await renderDeckPptx(deck, createSpeakerNotes(deck.slides, getNotesLexicon(content))) });
  } else {
    layout = entry.kind === 'handout' ? createHandout(measure, content, edition, findGuide(content, entry.guide)) : createMeetingPack(measure, content, edition);
  }
  const pdf = await renderPdf(layout, MEETING_PRODUCER);
  files.unshift({ path: entry.pdf, data: pdf });
  if (options.thumbnails === false) return files;
  files.push({ path: entry.thumbnail.path, data: drawThumbnail(layout.pages[0]!, entry.thumbnail) });
  return files;
}

export const meetingKit = defineKit<MeetingFileEntry>({
  name: 'meeting',
  label: t('meeting.kit'),
  folder: routes.meeting.replaceAll('/', ''),
  getFiles: getMeetingFiles,
  buildFile: (content, edition, entry) => buildMeetingFile(content, edition, entry),
  // A deck or handout shows its guide; a combined deck and a meeting pack the edition's guides
  // (the edition itself is in every key). Titles of all guides, for any link to another guide.
  getInputs: (content, edition, entry) => ({
    shared: getSharedInputs(content),
    guides: (entry.guide === undefined ? edition.guides : [entry.guide]).map((slug) => findGuide(content, slug)),
    titles: content.guides.map((guide) => [guide.slug, guide.title]),
  }),
  getWarnings: (content) =>
    content.guides
      .filter((guide) => getPitfalls(guide.body, guide.file).length === 0)
      .map((guide) => t('meetingWarning.noPitfalls', { file: displayPath(guide.file) })),
});
