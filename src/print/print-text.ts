/**
 * The words a leaflet or poster prints, picked from the guide (with its `print:` overrides)
 * and the edition's contacts, each tagged with the file and field it came from so a build
 * error can point at it. Nothing here is retyped: every string is content.
 */
import { displayPath } from '../content/content-dir.ts';
import { CHANNEL_LABELS, ONLINE_LEVEL_LABELS } from '../content/labels.ts';
import type { Guide } from '../content/load-content.ts';
import type { SourcedText } from '../content/sourced-text.ts';
import type { Edition } from '../editions/edition.ts';
import { t } from '../i18n/t.ts';

export interface PrintStep {
  title: SourcedText;
  detail: SourcedText;
}

export interface GuidePrintText {
  title: SourcedText;
  slogan: SourcedText;
  summary: SourcedText;
  onlineLevel: SourcedText;
  channel: SourcedText;
  before: SourcedText[];
  steps: PrintStep[];
  posterSteps: SourcedText[];
  documents: SourcedText[];
  fee: SourcedText;
  processingTime: SourcedText;
  result: SourcedText;
  help: SourcedText;
}

export function getGuidePrintText(guide: Guide): GuidePrintText {
  const file = displayPath(guide.file);
  const at = (text: string, field: string): SourcedText => ({ text, source: { file, field } });
  const list = (items: string[], field: string) => items.map((text, i) => at(text, `${field}.${i}`));
  const stepsField = guide.print.steps ? 'print.steps' : 'steps';
  const steps = (guide.print.steps ?? guide.steps).map((step, i) => ({
    title: at(step.title, `${stepsField}.${i}.title`),
    detail: at(step.detail, `${stepsField}.${i}.detail`),
  }));
  const level = ONLINE_LEVEL_LABELS[guide.onlineLevel];
  return {
    title: guide.print.title ? at(guide.print.title, 'print.title') : at(guide.title, 'title'),
    slogan: at(guide.slogan, 'slogan'),
    summary: at(guide.summary, 'summary'),
    onlineLevel: at(t('print.onlineLevel', { level: level.name.toLowerCase(), meaning: level.meaning }), 'onlineLevel'),
    channel: at(t('print.channel', { channel: CHANNEL_LABELS[guide.channel] }), 'channel'),
    before: guide.print.before ? list(guide.print.before, 'print.before') : list(guide.before, 'before'),
    steps,
    posterSteps: guide.print.posterSteps ? list(guide.print.posterSteps, 'print.posterSteps') : steps.slice(0, 3).map((step) => step.title),
    documents: list(guide.documents, 'documents'),
    fee: at(guide.fee, 'fee'),
    processingTime: at(guide.processingTime, 'processingTime'),
    result: at(guide.result, 'result'),
    help: at(guide.help, 'help'),
  };
}

/** One line of a contact block: a bold label and its value ("Đường dây nóng" / "0208 …"). */
export interface ContactLine {
  label: string;
  value: SourcedText;
  /** The number people call: printed large. */
  prominent?: boolean;
}

export interface ContactBlock {
  heading: SourcedText;
  lines: ContactLine[];
}

/**
 * Who to call, as the print kit sets it: each of the edition's contacts as a block with
 * labelled lines. In a commune edition the office block keeps only its hotline: the commune's
 * own centre and team come first, and the panel has room for one more number.
 */
export function getContactBlocks(edition: Edition): ContactBlock[] {
  return edition.contacts.map((contact) => {
    const lines: ContactLine[] = [
      ...(contact.person ? [{ label: t('contact.person'), value: contact.person }] : []),
      { label: t(contact.role === 'office' ? 'contact.hotline' : 'contact.phone'), value: contact.phone, prominent: true },
      ...(contact.address ? [{ label: t('contact.address'), value: contact.address }] : []),
      ...(contact.hours ? [{ label: t('contact.hours'), value: contact.hours }] : []),
    ];
    const officeInCommune = contact.role === 'office' && edition.ref.kind === 'commune';
    return { heading: contact.name, lines: officeInCommune ? lines.filter((line) => line.prominent) : lines };
  });
}
