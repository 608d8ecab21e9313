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
import { getReviewedLine } from '../get-reviewed-line.ts';
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
  // A commune edition names its commune in a band of its own above the office (issue 12).
  const communeHeight = edition.ref.kind === 'commune' ? safe.height * BANNER_LAYOUT.communeShare : 0;
  const officeTop = safe.y + safe.height - officeHeight;
  const communeTop = officeTop - (communeHeight > 0 ? communeHeight + gap : 0);
  const sloganBox = { ...safe, y: sloganTop, height: communeTop - gap - sloganTop };
  // "Băng rôn ngang 5000×1500 mm" reads on after "không vừa" in lower case.
  const place = spec.label.charAt(0).toLocaleLowerCase('vi') + spec.label.slice(1);
  const sloganText = fitText(measure, { ...slogan, font: 'extrabold', colour: 'accent', leading: BANNER_LAYOUT.sloganLeading, align: 'center', balance: true, keep: content.printTerms.compounds }, spec.type.slogan, sloganBox, place);
  const communeText = communeHeight > 0 ? fitText(measure, { ...edition.place, font: 'extrabold', colour: 'paper', leading: BANNER_LAYOUT.officeLeading, align: 'center', balance: true, keep: content.printTerms.compounds }, spec.type.commune, { ...safe, y: communeTop, height: communeHeight }, place) : undefined;
  // The office's name, and under it when the content was checked (issue 11 point 5: on every printed piece).
  const dateHeight = officeHeight * BANNER_LAYOUT.dateShare;
  const office = fitText(measure, { ...edition.office, font: 'semibold', colour: 'paper', leading: BANNER_LAYOUT.officeLeading, align: 'center' }, spec.type.office, { ...safe, y: officeTop, height: officeHeight - dateHeight }, place);
  const reviewed = getReviewedLine(date, slogan.source);
  const dateText = fitText(measure, { ...reviewed, font: 'regular', colour: 'paper', leading: BANNER_LAYOUT.officeLeading, align: 'center' }, spec.type.date, { ...safe, y: officeTop + officeHeight - dateHeight, height: dateHeight }, place);
  const overrun = BACKGROUND_OVERRUN;
  const elements: PdfElement[] = [
    { type: 'rect', x: -overrun, y: -overrun, width: width + 2 * overrun, height: height + 2 * overrun, fill: 'brand' },
    // Centre the slogan in its box; the office name and the date sit at the bottom of the safe area.
    { ...sloganText, y: sloganBox.y + (sloganBox.height - sloganText.height) / 2 },
    ...(communeText ? [{ ...communeText, y: communeTop + (communeHeight - communeText.height) / 2 }] : []),
    { ...office, y: officeTop + officeHeight - dateHeight - office.height },
    { ...dateText, y: officeTop + officeHeight - dateText.height },
    ...(stamp?.elements ?? []),
  ];
  return {
    meta: { title: `${slogan.text} – ${spec.label}`, author: content.site.office, subject: t('print.banner.subject'), keywords: t('print.banner.keywords', { format }), date },
    pages: [resolveSheet({ trim: spec.trim, elements }, spec)],
  };
}
