/**
 * A commune's meeting pack, one A4 PDF: the agenda (its featured guides in order), a sign-in
 * sheet whose columns are MEETING_SIGN_IN_COLUMNS (the ids the campaign results read), and a
 * one-page report form (MEETING_REPORT_FIELDS). Black lines and outlines only: it is
 * photocopied and filled in by hand.
 */
import type { Content } from '../content/load-content.ts';
import type { SourcedText, TextSource } from '../content/sourced-text.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import type { PdfElement, PdfLayout } from '../pdf/elements.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { getEditionGuides, getLatestReview } from './create-decks.ts';
import { flowSheet } from './flow-sheet.ts';
import { formatSheetDate } from './format-sheet-date.ts';
import { SHEET } from './formats.ts';
import { createHeading, createOutline, createParagraphBlock, createRule, setSheetText, SHEET_CONTENT, type SheetBlock } from './sheet-blocks.ts';
import { MEETING_REPORT_FIELDS, MEETING_SIGN_IN_COLUMNS } from './sign-in-columns.ts';

/** Rows on the sign-in page: as many as fit under its heading at a handwriting height. */
export const SIGN_IN_ROWS = 19;
const NUMBER_COLUMN = 12;
const HEADER_ROW = 16;
const LINE = 0.3;

export function createMeetingPack(measure: TextMeasurer, content: Content, edition: Edition): PdfLayout {
  const guides = getEditionGuides(content, edition);
  const source: TextSource = { file: edition.file, field: 'featured' };
  const text = (value: string, field = 'featured'): SourcedText => ({ text: value, source: { file: edition.file, field } });
  const title = t('meeting.packTitle', { place: edition.place.text });
  const agenda = [t('meeting.agendaOpening'), ...guides.map((guide) => t('meeting.agendaGuide', { title: guide.title })), t('meeting.agendaQuestions'), t('meeting.agendaHandsOn'), t('meeting.agendaClosing')];
  const blocks: SheetBlock[] = [
    createTitleBlock(measure, text(title, 'name')),
    createHeading(measure, text(t('meeting.agenda'))),
    createParagraphBlock(measure, text(t('meeting.agendaWhen'))),
    ...agenda.map((item, i) => createParagraphBlock(measure, text(`${i + 1}. ${item}`), SHEET.bodyPt + 1, i === 0 || i > guides.length ? 'regular' : 'semibold')),
    { ...createHeading(measure, text(t('meeting.signIn'))), pageBreakBefore: true },
    createParagraphBlock(measure, text(t('meeting.signInNote')), SHEET.smallPt),
    createSignInHeader(measure, source),
    ...Array.from({ length: SIGN_IN_ROWS }, (_, i) => createSignInRow(measure, i + 1, source)),
    { ...createHeading(measure, text(t('meeting.report'))), pageBreakBefore: true },
    createParagraphBlock(measure, text(edition.place.text, 'name'), SHEET.bodyPt, 'bold'),
    createParagraphBlock(measure, text(t('meeting.reportWhere'))),
    createParagraphBlock(measure, text(t('meeting.reportDate'))),
    ...MEETING_REPORT_FIELDS.map((field) => createNumberField(measure, text(t(field.label)))),
    createParagraphBlock(measure, text(t('meeting.reportNotes')), SHEET.bodyPt, 'bold'),
    createWritingLines(4, source),
    createSignature(measure, text(t('meeting.reportSigner'))),
  ];
  const date = getLatestReview(guides);
  return {
    meta: { title: `${title}`, author: edition.office.text, subject: t('meeting.packLabel'), keywords: MEETING_SIGN_IN_COLUMNS.map((column) => column.id).join(', '), date },
    pages: flowSheet(measure, blocks, { updated: t('meeting.updated', { date: formatSheetDate(date) }), source, sample: edition.sample ? edition.sampleSource : undefined, place: t('pdfPlace.meetingPack') }),
  };
}

function createTitleBlock(measure: TextMeasurer, title: SourcedText): SheetBlock {
  const element = setSheetText(measure, title, SHEET_CONTENT.x, 0, SHEET_CONTENT.width, SHEET.titlePt, 'extrabold');
  return { height: element.height + SHEET.rule * 2 + SHEET.gap * 2, elements: [element, createRule(SHEET_CONTENT.x, element.height + 1, SHEET_CONTENT.width, SHEET.rule * 2)], source: title.source };
}

/** Left edges of the columns (row number first) and the table's right edge. */
function getColumnEdges(): number[] {
  const rest = SHEET_CONTENT.width - NUMBER_COLUMN;
  const edges = [SHEET_CONTENT.x, SHEET_CONTENT.x + NUMBER_COLUMN];
  for (const column of MEETING_SIGN_IN_COLUMNS) edges.push(edges.at(-1)! + rest * column.share);
  edges[edges.length - 1] = SHEET_CONTENT.x + SHEET_CONTENT.width;
  return edges;
}

function createGrid(height: number, top: number, weight: number): PdfElement[] {
  const edges = getColumnEdges();
  return [
    ...(top > 0 ? [createRule(SHEET_CONTENT.x, 0, SHEET_CONTENT.width, top)] : []),
    createRule(SHEET_CONTENT.x, height - weight, SHEET_CONTENT.width, weight),
    ...edges.map((x, i) => ({ type: 'rect' as const, x: i === edges.length - 1 ? x - LINE : x, y: 0, width: LINE, height, fill: 'black' as const })),
  ];
}

function createSignInHeader(measure: TextMeasurer, source: TextSource): SheetBlock {
  const edges = getColumnEdges();
  const labels = [t('meeting.column.stt'), ...MEETING_SIGN_IN_COLUMNS.map((column) => t(column.label))];
  const elements: PdfElement[] = labels.map((label, i) => setSheetText(measure, { text: label, source }, edges[i]! + 1.5, 2, edges[i + 1]! - edges[i]! - 3, SHEET.smallPt, 'bold', 'center'));
  return { height: HEADER_ROW, elements: [...createGrid(HEADER_ROW, SHEET.rule, SHEET.rule), ...elements], source };
}

function createSignInRow(measure: TextMeasurer, number: number, source: TextSource): SheetBlock {
  const edges = getColumnEdges();
  const height = SHEET.rowHeight;
  const elements: PdfElement[] = [...createGrid(height, 0, LINE)];
  const numberText = setSheetText(measure, { text: String(number), source }, edges[0]!, 0, NUMBER_COLUMN, SHEET.smallPt, 'regular', 'center');
  elements.push({ ...numberText, y: (height - numberText.height) / 2 });
  MEETING_SIGN_IN_COLUMNS.forEach((column, i) => {
    if (column.kind !== 'yes-no') return;
    const left = edges[i + 1]!;
    const cell = edges[i + 2]! - left;
    const box = 4;
    const boxY = (height - box) / 2;
    const half = cell / 2;
    for (const [j, word] of [t('meeting.yes'), t('meeting.no')].entries()) {
      const x = left + j * half + 1.5;
      const width = measure.width(word, 'regular', SHEET.smallPt);
      const label = setSheetText(measure, { text: word, source }, x, 0, width + 0.5, SHEET.smallPt);
      elements.push({ ...label, y: (height - label.height) / 2 }, ...createOutline(x + width + 1.5, boxY, box, box, 0.4));
    }
  });
  return { height, elements, source };
}

/** A label and an outlined box to write a number in. */
function createNumberField(measure: TextMeasurer, label: SourcedText): SheetBlock {
  const boxWidth = 45;
  const boxHeight = 14;
  const element = setSheetText(measure, label, SHEET_CONTENT.x, 0, SHEET_CONTENT.width - boxWidth - 6, SHEET.headingPt, 'bold');
  return {
    height: Math.max(element.height, boxHeight) + SHEET.gap * 2,
    elements: [{ ...element, y: (boxHeight - element.height) / 2 }, ...createOutline(SHEET_CONTENT.x + SHEET_CONTENT.width - boxWidth, 0, boxWidth, boxHeight, 0.6)],
    source: label.source,
  };
}

function createWritingLines(count: number, source: TextSource): SheetBlock {
  const spacing = 10;
  return { height: count * spacing + SHEET.gap, elements: Array.from({ length: count }, (_, i) => createRule(SHEET_CONTENT.x, (i + 1) * spacing - LINE, SHEET_CONTENT.width, LINE)), source };
}

function createSignature(measure: TextMeasurer, label: SourcedText): SheetBlock {
  const width = 80;
  const element = setSheetText(measure, label, SHEET_CONTENT.x + SHEET_CONTENT.width - width, SHEET.gap * 2, width, SHEET.smallPt, 'semibold', 'center');
  return { height: element.height + 30, elements: [element], source: label.source };
}
