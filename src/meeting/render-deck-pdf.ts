/** Slides → PDF through the shared plumbing: each slide a 16:9 page whose boxes are the layout's, drawn as they are. */
import type { PdfLayout, PdfPage } from '../pdf/elements.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import { SLIDE } from './formats.ts';
import type { SlideDeck } from './slide-elements.ts';
import { t } from '../i18n/t.ts';

export const MEETING_PRODUCER = 'dvc-kit meeting kit (pdfkit)';

export function createDeckPdfLayout(deck: SlideDeck): PdfLayout {
  const page = { x: 0, y: 0, width: SLIDE.width, height: SLIDE.height };
  const pages: PdfPage[] = deck.slides.map((slide) => ({ media: { width: SLIDE.width, height: SLIDE.height }, trimBox: page, bleedBox: page, userUnit: 1, elements: slide.elements }));
  return { meta: { title: deck.title, author: deck.author, subject: deck.subject, keywords: t('meetingMeta.deckKeywords'), date: deck.date }, pages };
}

export function renderDeckPdf(deck: SlideDeck): Promise<Buffer> {
  return renderPdf(createDeckPdfLayout(deck), MEETING_PRODUCER);
}
