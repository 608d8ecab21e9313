/**
 * The tri-fold leaflet of one guide, laid out panel by panel (DESIGN.md "Print geometry"):
 * outside = flap outside · back cover · front cover; inside = steps and facts flowing across
 * three panels. Returns boxes; draws nothing.
 */
import type { Content, Guide } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import { t } from '../../i18n/t.ts';
import { BACKGROUND_OVERRUN as OVERRUN, FOLD_OVERRUN, LEAFLET } from '../formats.ts';
import { getContactBlocks, getGuidePrintText } from '../print-text.ts';
import { getQrTarget } from '../get-qr-target.ts';
import { getReviewedLine } from '../get-reviewed-line.ts';
import { createQrCode } from '../../pdf/qr.ts';
import { createBullet, createHeading, createParagraph, createStep } from './blocks.ts';
import { createContactFlow } from './contact-blocks.ts';
import { createQrElements, getQrBlockHeight, getQrQuietZone } from './create-qr-elements.ts';
import { createSampleMark } from './create-sample-mark.ts';
import { createCoverBand } from './create-cover-band.ts';
import { fitText } from '../../pdf/text/fit-text.ts';
import { removeForcedBreaks } from '../../pdf/text/forced-break.ts';
import { flowBlocks, type FlowBlock } from './flow-blocks.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { getFoldPositions, getPanel, resolveLeafletPanels, type LeafletPanel } from './resolve-leaflet-panels.ts';
import { resolveSheet } from './resolve-sheet.ts';
import type { PdfLayout, PdfElement } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';

const TEMPLATE: TextSource = { file: 'src/print/layout/resolve-leaflet.ts', field: 'template text' };
const place = (panel: LeafletPanel) => t('pdfPlace.leafletPanel', { panel: panel.label });

export function resolveLeaflet(measure: TextMeasurer, content: Content, guide: Guide, edition: Edition): PdfLayout {
  const text = getGuidePrintText(guide);
  const outside = resolveLeafletPanels('outside');
  const inside = resolveLeafletPanels('inside');
  const body = LEAFLET.type.body;
  const reviewed = getReviewedLine(guide.reviewed, text.title.source);

  const front = getPanel(outside, 'front');
  const flap = getPanel(outside, 'flap-outside');
  const back = getPanel(outside, 'back');
  const outsideElements: PdfElement[] = [
    // Each background runs FOLD_OVERRUN past its fold, under the back cover, so a drifting fold shows no hairline.
    { type: 'rect', x: flap.box.x - OVERRUN, y: -OVERRUN, width: flap.box.width + OVERRUN + FOLD_OVERRUN, height: LEAFLET.trim.height + 2 * OVERRUN, fill: 'tint' },
    { type: 'rect', x: front.box.x - FOLD_OVERRUN, y: -OVERRUN, width: front.box.width + OVERRUN + FOLD_OVERRUN, height: LEAFLET.trim.height + 2 * OVERRUN, fill: 'brand' },
    ...layoutFront(measure, front, text.title, text.slogan, edition, content.printTerms.compounds),
    ...flowBlocks(
      [
        createHeading(measure, t('print.leaflet.why'), TEMPLATE),
        createParagraph(measure, text.summary.text, text.summary.source),
        createParagraph(measure, text.onlineLevel.text, text.onlineLevel.source),
        createParagraph(measure, text.channel.text, text.channel.source),
        createHeading(measure, t('print.leaflet.before'), TEMPLATE),
        ...text.before.map((item) => createBullet(measure, item.text, item.source)),
        // The date goes on the flap, read second: the back cover keeps its room for contacts and the code.
        createParagraph(measure, reviewed.text, reviewed.source),
      ],
      [{ box: flap.safe, place: place(flap) }],
      body,
    ).elements,
    ...layoutBack(measure, content, guide, edition, back, text.help),
  ];

  const insideBlocks: FlowBlock[] = [
    createHeading(measure, t('print.leaflet.steps'), TEMPLATE),
    ...text.steps.map((step, i) => createStep(measure, i + 1, step.title.text, step.detail.text, { title: step.title.source, detail: step.detail.source })),
    // The facts start on the last inside panel when there is room: a reader checks them at a glance.
    { ...createHeading(measure, text.documents.length > 0 ? t('print.leaflet.documents') : t('print.leaflet.fee'), TEMPLATE), breakBefore: true },
    ...(text.documents.length > 0 ? [...text.documents.map((item) => createBullet(measure, item.text, item.source)), createHeading(measure, t('print.leaflet.fee'), TEMPLATE)] : []),
    createParagraph(measure, text.fee.text, text.fee.source),
    createHeading(measure, t('print.leaflet.processingTime'), TEMPLATE),
    createParagraph(measure, text.processingTime.text, text.processingTime.source),
    createHeading(measure, t('print.leaflet.result'), TEMPLATE),
    createParagraph(measure, text.result.text, text.result.source),
  ];
  const insideElements = flowBlocks(insideBlocks, inside.map((panel) => ({ box: panel.safe, place: place(panel) })), LEAFLET.type.inside, { balance: true }).elements;

  // On the red front cover the stamp is white; elsewhere red.
  const stamp = (panels: LeafletPanel[]) => (edition.sample ? panels.map((panel) => createSampleMark(measure, panel.safe, edition.sampleSource, panel.id === 'front' ? 'paper' : 'brand')) : []);
  const pages = [
    resolveSheet({ trim: LEAFLET.trim, elements: [...outsideElements, ...stamp(outside)] }, LEAFLET, getFoldPositions('outside')),
    resolveSheet({ trim: LEAFLET.trim, elements: [...insideElements, ...stamp(inside)] }, LEAFLET, getFoldPositions('inside')),
  ];
  return {
    meta: { title: t('print.leaflet.pdfTitle', { title: removeForcedBreaks(text.title.text), suffix: edition.titleSuffix }), author: content.site.office, subject: guide.summary, keywords: t('print.leaflet.keywords', { slug: guide.slug }), date: guide.reviewed },
    pages,
  };
}

function layoutFront(measure: TextMeasurer, panel: LeafletPanel, title: { text: string; source: TextSource }, slogan: { text: string; source: TextSource }, edition: Edition, keep: readonly string[]): PdfElement[] {
  const { x, y, width, height } = panel.safe;
  const where = place(panel);
  const F = LEAFLET.front;
  const titleText = fitText(measure, { ...title, font: 'extrabold', colour: 'paper', leading: F.title.leading, balance: true, keep, forcedBreaks: true }, LEAFLET.type.coverTitle, { x, y: y + F.title.top, width, height: F.title.height }, where);
  return [
    fitText(measure, { ...edition.office, font: 'semibold', colour: 'paper', leading: F.office.leading }, LEAFLET.type.body, { x, y, width, height: F.office.height }, where),
    { type: 'rect', x, y: y + F.rule.top, width: F.rule.width, height: F.rule.height, fill: 'accent' },
    titleText,
    ...createCoverBand(measure, edition, { x, width, top: titleText.y + titleText.height, bottom: y + F.slogan.top }, where),
    fitText(measure, { ...slogan, font: 'semibold', colour: 'accent', leading: F.slogan.leading, balance: true, keep }, LEAFLET.type.slogan, { x, y: y + F.slogan.top, width, height: F.slogan.height }, where),
    fitText(measure, { ...edition.place, font: 'bold', colour: 'paper', leading: F.place.leading }, LEAFLET.type.slogan, { x, y: y + height - F.place.fromBottom, width, height: F.place.height }, where),
    fitText(measure, { text: t('print.leaflet.series'), source: TEMPLATE, font: 'regular', colour: 'paper', leading: F.series.leading }, LEAFLET.type.body, { x, y: y + height - F.series.fromBottom, width, height: F.series.height }, where),
  ];
}

function layoutBack(measure: TextMeasurer, content: Content, guide: Guide, edition: Edition, panel: LeafletPanel, help: { text: string; source: TextSource }): PdfElement[] {
  const url = getQrTarget(content, guide.slug, edition);
  const urlSource = { file: edition.siteUrl.source.file, field: 'url' };
  const qr = createQrCode(url, content.site, urlSource);
  const { x, y, width, height } = panel.safe;
  const { size, addressHeight, gapAbove } = LEAFLET.backQr;
  // The code and its address stand on the foot of the safe area; the contacts get the rest.
  const qrTop = y + height - getQrBlockHeight({ size, addressHeight }, qr.modules.length);
  const flowBottom = qrTop - getQrQuietZone(size, qr.modules.length) - gapAbove;
  const flow = flowBlocks(
    [
      createHeading(measure, t('print.leaflet.help'), TEMPLATE),
      createParagraph(measure, help.text, help.source),
      ...createContactFlow(measure, getContactBlocks(edition)),
    ],
    [{ box: { x, y, width, height: flowBottom - y }, place: place(panel) }],
    LEAFLET.type.body,
  );
  return [
    ...flow.elements,
    ...createQrElements(measure, qr, { centreX: x + width / 2, top: qrTop, size, addressWidth: width, addressHeight, addressRange: LEAFLET.type.address, place: place(panel), printAddress: content.site.printAddress }, urlSource),
  ];
}
