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
import { renderPdf } from '../pdf/render-pdf.ts';
import type { PdfLayout } from '../pdf/elements.ts';
import { getTextMeasurer } from '../pdf/text/measure-text.ts';
import { renderThumbnails } from '../print/render-thumbnails.ts';
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
  // Only the first page is shown: rasterise a one-page PDF of it rather than every slide of the
  // deck (renderThumbnails draws each page it is given; a combined deck has some 50).
  const first = layout.pages[0]!;
  const [image] = await renderThumbnails(await renderPdf({ ...layout, pages: [first] }, MEETING_PRODUCER), [{ trimBox: first.trimBox, width: entry.thumbnail.width, height: entry.thumbnail.height }]);
  files.push({ path: entry.thumbnail.path, data: image! });
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
