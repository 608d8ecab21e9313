/**
 * The poster of one guide: headline and slogan on the red band, three big steps, then the QR
 * code and who to call. Laid out once at A3 and scaled for A2–A0 (DESIGN.md "Posters").
 */
import type { Content, Guide } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import type { PosterSize } from '../../paths.ts';
import { BACKGROUND_OVERRUN as OVERRUN, getPosterFormat, POSTER_REFERENCE as A3, POSTER_SIZES } from '../formats.ts';
import { getContactBlocks, getGuidePrintText } from '../print-text.ts';
import { getQrTarget } from '../get-qr-target.ts';
import { getReviewedLine } from '../get-reviewed-line.ts';
import { createQrCode } from '../../pdf/qr.ts';
import { ptToMm } from '../../pdf/units.ts';
import { createHeading, createParagraph } from './blocks.ts';
import { createContactFlow } from './contact-blocks.ts';
import { createQrElements } from './create-qr-elements.ts';
import { createSampleMark } from './create-sample-mark.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import { removeForcedBreaks } from '../../pdf/text/forced-break.ts';
import { flowBlocks } from './flow-blocks.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { resolveSheet } from './resolve-sheet.ts';
import { scaleTrimPage } from './scale-page.ts';
import type { PdfLayout, PdfElement, TextElement, TrimPage } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';

const TEMPLATE: TextSource = { file: 'src/print/layout/resolve-poster.ts', field: 'template text' };

const { bands: BANDS, headline: HEADLINE, steps: STEPS, qr: QR } = A3;

/** The A3 layout, shared by every size. */
export function resolvePosterPage(measure: TextMeasurer, content: Content, guide: Guide, edition: Edition): TrimPage {
  const text = getGuidePrintText(guide);
  const { width, height } = A3.trim;
  const x = A3.safe;
  const inner = width - 2 * A3.safe;
  const place = t('pdfPlace.poster');
  const tintTop = BANDS.contactTop - A3.contactBandPadding;
  const elements: PdfElement[] = [
    { type: 'rect', x: -OVERRUN, y: -OVERRUN, width: width + 2 * OVERRUN, height: BANDS.brandBottom + OVERRUN, fill: 'brand' },
    { type: 'rect', x: -OVERRUN, y: tintTop, width: width + 2 * OVERRUN, height: height - tintTop + OVERRUN, fill: 'tint' },
    fitText(measure, { ...edition.office, font: 'semibold', colour: 'paper', leading: A3.leading }, A3.type.contact, { x, y: A3.safe, width: inner, height: A3.officeHeight }, place),
    ...layoutCommune(measure, edition, x, inner, place),
    ...layoutHeadline(measure, text.title, text.slogan, x, inner, place, content.printTerms.compounds, edition.ref.kind === 'commune' ? A3.commune.headlineTop : HEADLINE.top),
    ...layoutSteps(measure, text.posterSteps, x, inner, place),
  ];

  const url = getQrTarget(content, guide.slug, edition);
  const reviewed = getReviewedLine(guide.reviewed, text.title.source);
  const urlSource = edition.siteUrl.source;
  const qrTop = BANDS.contactTop + QR.offsetY;
  const qrOptions = { centreX: x + A3.qrSize / 2 + QR.offsetX, top: qrTop, size: A3.qrSize, addressWidth: A3.qrSize + QR.addressExtraWidth, addressHeight: QR.addressHeight, addressRange: A3.type.address, place, printAddress: content.site.printAddress };
  elements.push(...createQrElements(measure, createQrCode(url, content.site, urlSource), qrOptions, urlSource));
  const contactX = x + A3.qrSize + QR.contactsAfter;
  elements.push(
    ...flowBlocks(
      [createHeading(measure, t('print.poster.help'), TEMPLATE, 'ink'), ...createContactFlow(measure, getContactBlocks(edition)), createParagraph(measure, reviewed.text, reviewed.source)],
      [{ box: { x: contactX, y: BANDS.contactTop, width: width - A3.safe - contactX, height: height - A3.safe - BANDS.contactTop }, place: t('pdfPlace.posterContacts', { place }) }],
      A3.type.contact,
    ).elements,
  );
  // The stamp sits on the white steps band, where red shows.
  if (edition.sample) elements.push(createSampleMark(measure, { x, y: BANDS.brandBottom, width: inner, height: tintTop - BANDS.brandBottom }, edition.sampleSource));
  return { trim: A3.trim, elements };
}

/** Headline and slogan as one group, centred in the red band below the office's name. */
/** A commune edition's name under the office's: the poster belongs to that commune (from the edition, never from content). */
function layoutCommune(measure: TextMeasurer, edition: Edition, x: number, width: number, place: string): TextElement[] {
  if (edition.ref.kind !== 'commune') return [];
  const { top, height, leading } = A3.commune;
  return [fitText(measure, { ...edition.place, font: 'extrabold', colour: 'accent', leading }, A3.type.commune, { x, y: top, width, height }, place)];
}

function layoutHeadline(measure: TextMeasurer, title: { text: string; source: TextSource }, slogan: { text: string; source: TextSource }, x: number, width: number, place: string, keep: readonly string[], top: number): TextElement[] {
  const { gap } = HEADLINE;
  const bottom = BANDS.brandBottom - HEADLINE.bottomGap;
  const headline = fitText(measure, { ...title, font: 'extrabold', colour: 'paper', leading: HEADLINE.headlineLeading, balance: true, keep, forcedBreaks: true }, A3.type.headline, { x, y: top, width, height: HEADLINE.headlineHeight }, place);
  const line = fitText(measure, { ...slogan, font: 'bold', colour: 'accent', leading: A3.leading, balance: true, keep }, A3.type.slogan, { x, y: top, width, height: bottom - top - headline.height - gap }, place);
  const start = top + (bottom - top - headline.height - gap - line.height) / 2;
  return [{ ...headline, y: start }, { ...line, y: start + headline.height + gap }];
}

/** Three big numbered steps, all set at the size the longest one allows. */
function layoutSteps(measure: TextMeasurer, steps: { text: string; source: TextSource }[], x: number, width: number, place: string): PdfElement[] {
  const { badge, gutter } = STEPS;
  const textX = x + badge + gutter;
  const boxes = steps.map((_, i) => ({ x: textX, y: BANDS.stepsTop + i * BANDS.stepHeight, width: width - badge - gutter, height: BANDS.stepHeight - STEPS.gapBelow }));
  const spec = (step: { text: string; source: TextSource }) => ({ ...step, font: 'bold' as const, colour: 'ink' as const, leading: STEPS.leading });
  const first = steps.map((step, i) => fitText(measure, spec(step), A3.type.step, boxes[i]!, place));
  const size = Math.min(...first.map((element) => element.size));
  return steps.flatMap((step, i): PdfElement[] => {
    const box = boxes[i]!;
    const set: TextElement = fitText(measure, spec(step), { max: size, min: A3.type.step.min }, box, place);
    const centred = { ...set, y: box.y + (box.height - set.height) / 2 };
    const number = fitText(measure, { text: String(i + 1), source: step.source, font: 'extrabold', colour: 'ink', leading: STEPS.numberLeading, align: 'center' }, A3.type.stepNumber, { x, y: 0, width: badge, height: badge }, place);
    const cy = box.y + box.height / 2;
    return [
      { type: 'circle', cx: x + badge / 2, cy, r: badge / 2, fill: 'accent' },
      { ...number, y: cy - number.height / 2 + ptToMm(number.size) * STEPS.numberDropEm },
      centred,
    ];
  });
}

export function resolvePoster(measure: TextMeasurer, content: Content, guide: Guide, size: PosterSize, edition: Edition): PdfLayout {
  const format = getPosterFormat(size);
  const text = getGuidePrintText(guide);
  return {
    meta: { title: t('print.poster.pdfTitle', { title: removeForcedBreaks(text.title.text), size: POSTER_SIZES[size].label, suffix: edition.titleSuffix }), author: content.site.office, subject: guide.summary, keywords: t('print.poster.keywords', { slug: guide.slug }), date: guide.reviewed },
    pages: [resolveSheet(scaleTrimPage(resolvePosterPage(measure, content, guide, edition), format.scale, format.trim), format)],
  };
}
