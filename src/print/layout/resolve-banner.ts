/**
 * A banner (băng rôn): one slogan in the largest type that fits, the office's name under
 * it, nothing within 50 mm of the edge (hems and eyelets). Red with yellow letters, like
 * the campaign's posters.
 */
import type { Content } from '../../content/load-content.ts';
import type { BannerFormat } from '../../paths.ts';
import { BANNERS } from '../formats.ts';
import type { SourcedText } from '../print-text.ts';
import { createSampleMark } from './create-sample-mark.ts';
import { getEditionInfo } from './edition-info.ts';
import { fitText } from './fit-text.ts';
import type { TextMeasurer } from './measure-text.ts';
import { resolveSheet } from './resolve-sheet.ts';
import type { PrintDocument, PrintElement } from './types.ts';

/** Share of the safe height kept for the office's name under the slogan. */
const OFFICE_SHARE = 0.14;
const GAP_SHARE = 0.03;

export function resolveBanner(measure: TextMeasurer, content: Content, slogan: SourcedText, format: BannerFormat, date: string): PrintDocument {
  const spec = BANNERS[format];
  const edition = getEditionInfo(content, undefined);
  const { width, height } = spec.trim;
  const safe = { x: spec.safe, y: spec.safe, width: width - 2 * spec.safe, height: height - 2 * spec.safe };
  const officeHeight = safe.height * OFFICE_SHARE;
  const sloganBox = { ...safe, height: safe.height - officeHeight - safe.height * GAP_SHARE };
  const place = `${spec.label} banner`;
  const sloganText = fitText(measure, { ...slogan, font: 'extrabold', colour: 'accent', leading: 1.12, align: 'center' }, spec.type.slogan, sloganBox, place);
  const office = fitText(measure, { ...edition.office, font: 'semibold', colour: 'paper', leading: 1.15, align: 'center' }, spec.type.office, { ...safe, y: safe.y + safe.height - officeHeight, height: officeHeight }, place);
  const elements: PrintElement[] = [
    { type: 'rect', x: -50, y: -50, width: width + 100, height: height + 100, fill: 'brand' },
    // Centre the slogan in its box; the office name sits at the bottom of the safe area.
    { ...sloganText, y: sloganBox.y + (sloganBox.height - sloganText.height) / 2 },
    { ...office, y: office.y + officeHeight - office.height },
  ];
  if (edition.sample) elements.push(createSampleMark(measure, safe, edition.sampleSource, 'paper'));
  return {
    meta: { title: `${slogan.text} – ${spec.label}`, author: content.site.office, subject: 'Băng rôn tuyên truyền dịch vụ công trực tuyến', keywords: `dịch vụ công trực tuyến, băng rôn, ${format}`, date },
    pages: [resolveSheet({ trim: spec.trim, elements }, spec)],
  };
}
