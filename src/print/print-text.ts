/**
 * The words a leaflet or poster prints, picked from the guide (with its `print:` overrides)
 * and the edition's contacts, each tagged with the file and field it came from so a build
 * error can point at it. Nothing here is retyped: every string is content.
 */
import path from 'node:path';
import { displayPath } from '../content/content-dir.ts';
import { CHANNEL_LABELS, ONLINE_LEVEL_LABELS } from '../content/labels.ts';
import type { CommuneEdition, Content, Guide } from '../content/load-content.ts';
import type { TextSource } from './layout/types.ts';

export interface SourcedText {
  text: string;
  source: TextSource;
}

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
    onlineLevel: at(`Dịch vụ công trực tuyến ${level.name.toLowerCase()}: ${level.meaning}.`, 'onlineLevel'),
    channel: at(`Nộp qua: ${CHANNEL_LABELS[guide.channel]}.`, 'channel'),
    before: guide.print.before ? list(guide.print.before, 'print.before') : list(guide.before.map((item) => item.text), 'before'),
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

/** Who to call: the commune's service centre and digital team in its edition, else the office. */
export function getContactBlocks(content: Content, commune: CommuneEdition | undefined): ContactBlock[] {
  const siteFile = displayPath(path.join(content.dir, 'site.yaml'));
  const site = (text: string, field: string): SourcedText => ({ text, source: { file: siteFile, field } });
  const office: ContactBlock = {
    heading: site(content.site.office, 'office'),
    lines: [
      { label: 'Đường dây nóng', value: site(content.site.support.hotline, 'support.hotline'), prominent: true },
      { label: 'Địa chỉ', value: site(content.site.support.address, 'support.address') },
      { label: 'Giờ làm việc', value: site(content.site.support.hours, 'support.hours') },
    ],
  };
  if (!commune) return [office];
  const file = displayPath(commune.file);
  const at = (text: string, field: string): SourcedText => ({ text, source: { file, field } });
  return [
    {
      heading: at(`Trung tâm Phục vụ hành chính công ${commune.name}`, 'name'),
      lines: [
        { label: 'Điện thoại', value: at(commune.serviceCentre.phone, 'serviceCentre.phone'), prominent: true },
        { label: 'Địa chỉ', value: at(commune.serviceCentre.address, 'serviceCentre.address') },
        { label: 'Giờ làm việc', value: at(commune.serviceCentre.hours, 'serviceCentre.hours') },
      ],
    },
    {
      heading: at('Tổ công nghệ số cộng đồng', 'digitalTeam'),
      lines: [
        { label: 'Liên hệ', value: at(commune.digitalTeam.contact, 'digitalTeam.contact') },
        { label: 'Điện thoại', value: at(commune.digitalTeam.phone, 'digitalTeam.phone'), prominent: true },
      ],
    },
    { heading: office.heading, lines: office.lines.filter((line) => line.prominent) },
  ];
}
