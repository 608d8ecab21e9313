/**
 * A banner (băng rôn): one slogan in the largest type that fits, the office's name under
 * it, nothing within 50 mm of the edge (hems and eyelets). Red with yellow letters, like
 * the campaign's posters. A sample edition gives the top of the safe area to the "MẪU" stamp.
 */
import type { Content } from '../../content/load-content.ts';
import type { BannerFormat } from '../../paths.ts';
import { BACKGROUND_OVERRUN, BANNER_LAYOUT, BANNERS } from '../formats.ts';
import type { SourcedText } from '../../content/sourced-text.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import { createSampleStamp } from './create-sample-stamp.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { resolveSheet } from './resolve-sheet.ts';
import type { PdfLayout, PdfElement } from '../../pdf/elements.ts';

export function resolveBanner(measure: TextMeasurer, content: Content, edition: Edition, slogan: SourcedText, format: BannerFormat, date: string): PdfLayout {
  const spec = BANNERS[format];
  const { width, height } = spec.trim;
  const safe = { x: spec.safe, y: spec.safe, width: width - 2 * spec.safe, height: height - 2 * spec.safe };
  const gap = safe.height * BANNER_LAYOUT.gapShare;
  const officeHeight = safe.height * BANNER_LAYOUT.officeShare;
  const stamp = edition.sample ? createSampleStamp(measure, safe, edition.sampleSource) : undefined;
  const sloganTop = stamp ? stamp.box.y + stamp.box.height + gap : safe.y;
  const sloganBox = { ...safe, y: sloganTop, height: safe.y + safe.height - officeHeight - gap - sloganTop };
  const place = `${spec.label} banner`;
  const sloganText = fitText(measure, { ...slogan, font: 'extrabold', colour: 'accent', leading: BANNER_LAYOUT.sloganLeading, align: 'center', balance: true, keep: content.printTerms.compounds }, spec.type.slogan, sloganBox, place);
  const office = fitText(measure, { ...edition.office, font: 'semibold', colour: 'paper', leading: BANNER_LAYOUT.officeLeading, align: 'center' }, spec.type.office, { ...safe, y: safe.y + safe.height - officeHeight, height: officeHeight }, place);
  const overrun = BACKGROUND_OVERRUN;
  const elements: PdfElement[] = [
    { type: 'rect', x: -overrun, y: -overrun, width: width + 2 * overrun, height: height + 2 * overrun, fill: 'brand' },
    // Centre the slogan in its box; the office name sits at the bottom of the safe area.
    { ...sloganText, y: sloganBox.y + (sloganBox.height - sloganText.height) / 2 },
    { ...office, y: office.y + officeHeight - office.height },
    ...(stamp?.elements ?? []),
  ];
  return {
    meta: { title: `${slogan.text} – ${spec.label}`, author: content.site.office, subject: t('print.banner.subject'), keywords: t('print.banner.keywords', { format }), date },
    pages: [resolveSheet({ trim: spec.trim, elements }, spec)],
  };
}
