import type { Edition } from '../../editions/edition.ts';
import type { PdfMeta } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { CONTEST_SPACE, CONTEST_TYPE } from '../formats.ts';
import { createTextBlock, type Block } from './blocks.ts';
import { TEMPLATE_SOURCE } from './flow-pages.ts';

/** The title of a contest document and, under it, the edition it is for. */
export function createTitleBlocks(measure: TextMeasurer, edition: Edition, title: string, width: number): Block[] {
  return [
    createTextBlock(measure, [
      { text: t('contest.title').toLocaleUpperCase('vi'), source: TEMPLATE_SOURCE, style: { font: 'bold', size: CONTEST_TYPE.subtitle, colour: 'brand', align: 'center' } },
      { text: title, source: TEMPLATE_SOURCE, style: { font: 'extrabold', size: CONTEST_TYPE.title, align: 'center' }, gap: 1.5 },
      { text: t('contest.subtitle', { place: edition.place.text }), source: edition.place.source, style: { size: CONTEST_TYPE.subtitle, colour: 'muted', align: 'center' }, gap: 1 },
    ], width, 0),
    { height: CONTEST_SPACE.afterTitle - CONTEST_SPACE.paragraph, elements: [], spaceBefore: 0 },
  ];
}

/** PDF Info for a contest document; the date comes from the guides it asks about, so rebuilds are byte-identical. */
export function createDocumentMeta(edition: Edition, title: string, date: string): PdfMeta {
  return {
    title: `${title} – ${t('contest.title')}${edition.titleSuffix}`,
    author: edition.office.text,
    subject: t('contest.subtitle', { place: edition.place.text }),
    keywords: ['hội thi', 'cải cách hành chính', 'dịch vụ công trực tuyến', ...(edition.sample ? ['MẪU'] : [])].join(', '),
    date,
  };
}
