/**
 * The slides of one guide, in the order DESIGN.md "Hamlet meetings" and issue 14 give: title
 * with the commune → why it matters → what to prepare → the steps → documents, fee and time →
 * common mistakes and scams → where to get help → a QR code to the guide. Speaker notes are the
 * guide's own words, as a presenter would say them (normalised later for numbers).
 */
import type { Content } from '../content/load-content.ts';
import type { SourcedText } from '../content/sourced-text.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';
import { getContactName } from './get-contact-name.ts';
import { absoluteUrl, routes } from '../paths.ts';
import { createQrCode } from '../pdf/qr.ts';
import type { GuideMeetingText } from './guide-meeting-text.ts';
import type { ListItem, SlideSpec } from './slide-specs.ts';

export interface GuideSlideOptions {
  /** In a combined deck: "Phần 2" above the title, and no contacts slide (the deck ends with one). */
  part?: number;
}

const BULLET = '•';

export function createGuideSlides(content: Content, edition: Edition, text: GuideMeetingText, options: GuideSlideOptions = {}): SlideSpec[] {
  const bullet = (item: SourcedText, notes = item.text, splittable = false): ListItem => ({ text: item, notes: sentence(notes), marker: BULLET, splittable });
  const specs: SlideSpec[] = [
    {
      kind: 'cover',
      kicker: options.part ? t('meeting.part', { n: options.part }) : t('meeting.coverKicker'),
      title: text.title,
      lines: options.part ? [] : [t('meeting.coverPlace', { place: edition.place.text }), edition.office.text],
      notes: [
        options.part ? t('meetingNotes.part', { n: options.part, title: sentence(text.title.text) }) : t('meetingNotes.welcome', { title: sentence(text.title.text) }),
        t('meetingNotes.audience', { audience: sentence(text.audience.text) }),
      ],
    },
    {
      kind: 'list',
      title: t('meeting.why'),
      items: [bullet(text.summary, text.summary.text, true), bullet(text.why, text.why.text, true)],
      notes: [],
    },
    {
      kind: 'list',
      title: t('meeting.prepare'),
      items: text.before.map((item) => bullet(item)),
      notes: [t('meetingNotes.before')],
    },
    {
      kind: 'steps',
      steps: text.steps.map((step, i) => ({
        number: i + 1,
        total: text.steps.length,
        title: step.title,
        detail: step.detail,
        notes: t('meetingNotes.step', { n: i + 1, title: sentence(step.title.text), detail: sentence(step.detail.text) }),
      })),
    },
    {
      kind: 'list',
      title: t('meeting.facts'),
      items: [
        ...(text.documents.length === 0
          ? [bullet({ text: t('meeting.noDocuments'), source: { file: text.file, field: 'documents' } })]
          : text.documents.map((item) => bullet(item, t('meetingNotes.document', { document: item.text })))),
        bullet({ text: t('meeting.fee', { fee: text.fee.text }), source: text.fee.source }, undefined, true),
        bullet({ text: t('meeting.time', { time: text.processingTime.text }), source: text.processingTime.source }, undefined, true),
        bullet({ text: t('meeting.result', { result: text.result.text }), source: text.result.source }, undefined, true),
      ],
      notes: [],
    },
  ];
  if (text.pitfalls.length > 0) {
    specs.push({
      kind: 'list',
      title: t('meeting.pitfalls'),
      items: text.pitfalls.map((pitfall) => bullet(pitfall.headline, pitfall.full, true)),
      notes: [t('meetingNotes.pitfalls')],
    });
  }
  if (!options.part) specs.push(createContactsSlide(edition, text.help));
  const url = absoluteUrl(edition.siteUrl.text, routes.guide(text.slug));
  specs.push({
    kind: 'qr',
    title: t('meeting.qr'),
    qr: createQrCode(url, content.site, edition.siteUrl.source),
    hint: t('meeting.qrHint'),
    source: edition.siteUrl.source,
    notes: [t('meetingNotes.qr', { address: url.replace(/^https:\/\//, '') })],
  });
  return specs;
}

/** Where to get help: the edition's contacts, most local first, phone numbers in bold. */
export function createContactsSlide(edition: Edition, help?: SourcedText): SlideSpec {
  const items: ListItem[] = [];
  for (const contact of edition.contacts) {
    const name = getContactName(contact);
    items.push({
      text: { text: `${name}: ${contact.phone.text}`, source: contact.phone.source },
      notes: t('meetingNotes.phone', { name: sentence(name), phone: contact.phone.text }),
      marker: BULLET,
      strong: true,
    });
    const where = [contact.address?.text, contact.hours?.text].filter(Boolean).join('. ');
    if (where) items.push({ text: { text: where, source: (contact.address ?? contact.hours)!.source }, notes: sentence(where), marker: '', splittable: true });
  }
  const opening = edition.sample ? [t('meetingNotes.sample')] : [];
  return { kind: 'list', title: t('meeting.help'), items, notes: [...opening, ...(help ? [sentence(help.text)] : []), t('meetingNotes.help')] };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

