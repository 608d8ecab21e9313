/**
 * The A4 portrait handout of one guide for one edition: title, what to prepare and the steps as
 * a checklist with boxes to tick, the documents, fee and time, pitfalls, the edition's contacts
 * beside a QR code to the guide, and "Cập nhật ngày dd/mm/yyyy" (the guide's `reviewed`) on
 * every page. Black on white only, so a worn photocopier keeps it readable.
 */
import type { Content, Guide } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import { getContactName } from './get-contact-name.ts';
import type { PdfElement, PdfLayout } from '../pdf/elements.ts';
import { createQrCode } from '../pdf/qr.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import { getQrQuietZone } from '../print/layout/create-qr-elements.ts';
import { absoluteUrl, routes } from '../paths.ts';
import { formatSheetDate } from './format-sheet-date.ts';
import { createSheetWidthError } from './meeting-errors.ts';
import { setAddress } from './set-address.ts';
import { flowSheet } from './flow-sheet.ts';
import { SHEET } from './formats.ts';
import { getGuideMeetingText } from './guide-meeting-text.ts';
import { createCheckItem, createHeading, createParagraphBlock, createRule, setSheetText, SHEET_CONTENT, type SheetBlock } from './sheet-blocks.ts';

export function createHandout(measure: TextMeasurer, content: Content, edition: Edition, guide: Guide): PdfLayout {
  const text = getGuideMeetingText(guide);
  const internal = (field: string) => ({ text: '', source: { file: text.file, field } });
  const label = (key: Parameters<typeof t>[0], values: Record<string, string> = {}) => ({ ...internal('(template)'), text: t(key, values) });
  const title = setSheetText(measure, text.title, SHEET_CONTENT.x, 0, SHEET_CONTENT.width, SHEET.titlePt, 'extrabold');
  const place = setSheetText(measure, { text: `${edition.place.text} · ${edition.office.text}`, source: edition.place.source }, SHEET_CONTENT.x, title.height + 1, SHEET_CONTENT.width, SHEET.bodyPt, 'semibold');
  const headerRule = place.y + place.height + 1;
  const blocks: SheetBlock[] = [
    { height: headerRule + SHEET.rule * 2 + SHEET.gap, elements: [title, place, createRule(SHEET_CONTENT.x, headerRule, SHEET_CONTENT.width, SHEET.rule * 2)], source: text.title.source },
    createParagraphBlock(measure, text.summary),
    createHeading(measure, label('meeting.prepare')),
    ...text.before.map((item) => createCheckItem(measure, item)),
    createHeading(measure, label('meeting.handoutSteps')),
    ...text.steps.map((step, i) => createCheckItem(measure, { ...step.title, text: `${i + 1}. ${step.title.text}` }, step.detail)),
  ];
  if (text.documents.length > 0) blocks.push(createHeading(measure, label('meeting.handoutDocuments')), ...text.documents.map((item) => createCheckItem(measure, item)));
  blocks.push(
    createHeading(measure, label('meeting.handoutFacts')),
    createParagraphBlock(measure, { ...text.fee, text: t('meeting.fee', { fee: text.fee.text }) }),
    createParagraphBlock(measure, { ...text.processingTime, text: t('meeting.time', { time: text.processingTime.text }) }),
    createParagraphBlock(measure, { ...text.result, text: t('meeting.result', { result: text.result.text }) }),
  );
  if (text.pitfalls.length > 0) {
    blocks.push(createHeading(measure, label('meeting.pitfalls')), ...text.pitfalls.map((pitfall) => createParagraphBlock(measure, { ...pitfall.headline, text: `• ${pitfall.headline.text}` })));
  }
  blocks.push(createHeading(measure, label('meeting.handoutHelp')), createHelpBlock(measure, content, edition, guide.slug));
  return {
    meta: { title: `${guide.title}${edition.titleSuffix}`, author: edition.office.text, subject: t('meeting.handoutLabel'), keywords: t('meetingMeta.handoutKeywords'), date: guide.reviewed },
    pages: flowSheet(measure, blocks, {
      updated: t('meeting.updated', { date: formatSheetDate(guide.reviewed) }),
      source: { file: text.file, field: 'reviewed' },
      sample: edition.sample ? edition.sampleSource : undefined,
      place: t('pdfPlace.handout'),
    }),
  };
}

/** Contacts on the left, the QR code to the guide on the right with its address under it. */
function createHelpBlock(measure: TextMeasurer, content: Content, edition: Edition, slug: string): SheetBlock {
  const url = absoluteUrl(edition.siteUrl.text, routes.guide(slug));
  const qr = createQrCode(url, content.site, edition.siteUrl.source);
  const quiet = getQrQuietZone(SHEET.qr, qr.modules.length);
  // The QR column is wider than the code: its address is printed under it at 12 pt.
  const qrColumn = SHEET.qrColumn;
  const qrX = SHEET_CONTENT.x + SHEET_CONTENT.width - (qrColumn + SHEET.qr) / 2;
  const columnLeft = SHEET_CONTENT.x + SHEET_CONTENT.width - qrColumn;
  const columnWidth = columnLeft - 4 - SHEET_CONTENT.x;
  const elements: PdfElement[] = [];
  let y = 0;
  for (const contact of edition.contacts) {
    const name = setSheetText(measure, { text: getContactName(contact), source: (contact.person ?? contact.name).source }, SHEET_CONTENT.x, y, columnWidth, SHEET.bodyPt, 'bold');
    const phone = setSheetText(measure, { text: `${t('contact.phone')}: ${contact.phone.text}`, source: contact.phone.source }, SHEET_CONTENT.x, y + name.height, columnWidth, SHEET.bodyPt + 2, 'bold');
    elements.push(name, phone);
    y += name.height + phone.height;
    if (contact.address) {
      const address = setSheetText(measure, contact.address, SHEET_CONTENT.x, y, columnWidth, SHEET.smallPt);
      elements.push(address);
      y += address.height;
    }
    y += SHEET.gap;
  }
  const caption = setSheetText(measure, { text: t('meeting.handoutQr'), source: edition.siteUrl.source }, columnLeft, 0, qrColumn, SHEET.smallPt, 'semibold', 'center');
  const qrTop = caption.height + quiet;
  const address = setAddress(measure, { address: url.replace(/^https:\/\//, ''), source: edition.siteUrl.source, font: 'semibold', colour: 'black', leading: SHEET.leading, align: 'center' }, SHEET.smallPt, columnLeft, qrTop + SHEET.qr + quiet * 0.6, qrColumn);
  if (!address) throw createSheetWidthError(edition.siteUrl.source, t('pdfPlace.handout'));
  elements.push(caption, { type: 'qr', x: qrX, y: qrTop, width: SHEET.qr, height: SHEET.qr, modules: qr.modules, colour: 'black', url }, address);
  return { height: Math.max(y, address.y + address.height) + SHEET.gap, elements, source: edition.contacts[0]?.name.source ?? edition.siteUrl.source };
}
