/**
 * The one slide-layout step, shared by the PPTX and the PDF renderer: slide specs → slides of
 * boxes in mm. Text is set with the font the PDF embeds (fontkit), so a box that fits here fits
 * in both. Lists that run past the slide continue on a "(tiếp)" slide; an item taller than a
 * whole slide is split at its sentence ends, and when one sentence alone is too tall the build
 * fails naming the guide's file and field. Nothing is shrunk below 28 pt or clipped.
 */
import type { SourcedText, TextSource } from '../content/sourced-text.ts';
import type { FontWeight } from '../fonts.ts';
import { t } from '../i18n/t.ts';
import type { Box } from '../pdf/elements.ts';
import { getQrQuietZone } from '../print/layout/create-qr-elements.ts';
import { setText } from '../pdf/text/set-text.ts';
import type { TextMeasurer } from '../pdf/text/measure-text.ts';
import type { ColourName } from '../tokens.ts';
import { SLIDE } from './formats.ts';
import { createSlideOverflowError } from './meeting-errors.ts';
import { setAddress } from './set-address.ts';
import type { LaidSlide, SlideElement, SlideText } from './slide-elements.ts';
import type { ListItem, SlideSpec, StepItem } from './slide-specs.ts';

export interface SlideMark {
  /** Sample editions: "MẪU" on every slide, from the file that made the edition a sample. */
  sample?: TextSource;
}

interface TextOptions {
  font: FontWeight;
  size: number;
  colour: ColourName;
  role: SlideText['role'];
  align?: 'left' | 'center';
}

const CONTENT: Box = { x: SLIDE.margin, y: SLIDE.margin, width: SLIDE.width - 2 * SLIDE.margin, height: SLIDE.height - 2 * SLIDE.margin };
const TITLE_BOX: Box = { ...CONTENT, width: CONTENT.width - SLIDE.badge.width - SLIDE.titleGap, height: SLIDE.titleHeight };
const BODY_TOP = CONTENT.y + SLIDE.titleHeight + SLIDE.titleGap;
const BODY_BOTTOM = CONTENT.y + CONTENT.height;

export function resolveSlides(measure: TextMeasurer, specs: readonly SlideSpec[], mark: SlideMark = {}): LaidSlide[] {
  const slides = specs.flatMap((spec) => resolveSpec(measure, spec));
  if (!mark.sample) return slides;
  const badge = createBadge(measure, mark.sample);
  return slides.map((slide) => ({ ...slide, elements: [...slide.elements, ...badge] }));
}

function resolveSpec(measure: TextMeasurer, spec: SlideSpec): LaidSlide[] {
  switch (spec.kind) {
    case 'cover':
      return [resolveCover(measure, spec)];
    case 'list':
      return resolveList(measure, spec.title, spec.items, spec.notes);
    case 'steps':
      return resolveSteps(measure, spec.steps);
    case 'qr':
      return [resolveQr(measure, spec)];
  }
}

/** Sets text at one size in a width; a word wider than the box is a failure, not an overflow. */
function place(measure: TextMeasurer, text: SourcedText, x: number, y: number, width: number, options: TextOptions, where: string): SlideText {
  const { element, overWidth } = setText(measure, { text: text.text, source: text.source, font: options.font, colour: options.colour, leading: SLIDE.leading, align: options.align }, options.size, x, y, width);
  if (overWidth > 0) throw createSlideOverflowError(text.source, where, options.size);
  return { ...element, paragraph: text.text.normalize('NFC'), align: options.align ?? 'left', role: options.role };
}

/** The largest size in the range at which `text` fits the box, else the build fails. */
function fit(measure: TextMeasurer, text: SourcedText, box: Box, range: { max: number; min: number }, options: Omit<TextOptions, 'size'>, where: string): SlideText {
  for (let size = range.max; size >= range.min; size -= 1) {
    const { element, overWidth } = setText(measure, { text: text.text, source: text.source, font: options.font, colour: options.colour, leading: SLIDE.leading, align: options.align }, size, box.x, box.y, box.width);
    if (overWidth === 0 && element.height <= box.height) return { ...element, paragraph: text.text.normalize('NFC'), align: options.align ?? 'left', role: options.role };
  }
  throw createSlideOverflowError(text.source, where, range.min);
}

/** Titles sit on the rule under them: a one-line title leaves its space above, not a gap before the body. */
function createTitle(measure: TextMeasurer, title: string, source: TextSource): SlideText {
  const element = fit(measure, { text: title, source }, TITLE_BOX, SLIDE.title, { font: 'extrabold', colour: 'brand', role: 'title' }, t('pdfPlace.slideTitle'));
  return { ...element, y: TITLE_BOX.y + TITLE_BOX.height - element.height };
}

/** A rule under the title: the one coloured band on a white slide (high contrast, cheap projectors wash out large fills). */
function createTitleRule(): SlideElement {
  return { type: 'rect', x: CONTENT.x, y: CONTENT.y + SLIDE.titleHeight + SLIDE.titleGap / 2 - 0.75, width: CONTENT.width, height: 1.5, fill: 'brand' };
}

function resolveCover(measure: TextMeasurer, spec: Extract<SlideSpec, { kind: 'cover' }>): LaidSlide {
  const internal = { file: spec.title.source.file, field: 'cover' };
  const kicker = place(measure, { text: spec.kicker, source: internal }, CONTENT.x, CONTENT.y + 20, TITLE_BOX.width, { font: 'bold', size: 32, colour: 'ink', role: 'body' }, t('pdfPlace.coverSlide'));
  const titleTop = kicker.y + kicker.height + 8;
  const title = fit(measure, spec.title, { x: CONTENT.x, y: titleTop, width: CONTENT.width, height: 80 }, SLIDE.cover, { font: 'extrabold', colour: 'brand', role: 'title' }, t('pdfPlace.coverSlide'));
  const elements: SlideElement[] = [kicker, title, { type: 'rect', x: CONTENT.x, y: title.y + title.height + 6, width: 60, height: 3, fill: 'brand' }];
  let y = title.y + title.height + 16;
  for (const line of spec.lines) {
    const element = place(measure, { text: line, source: internal }, CONTENT.x, y, CONTENT.width, { font: 'semibold', size: SLIDE.bodyPt, colour: 'ink', role: 'body' }, t('pdfPlace.coverSlide'));
    if (element.y + element.height > BODY_BOTTOM) throw createSlideOverflowError(spec.title.source, t('pdfPlace.coverSlide'), SLIDE.bodyPt);
    elements.push(element);
    y += element.height + 2;
  }
  return { elements, notes: spec.notes };
}

interface SetItem {
  item: ListItem;
  marker?: SlideText;
  text: SlideText;
  height: number;
}

function setItem(measure: TextMeasurer, item: ListItem, y: number): SetItem {
  const textX = CONTENT.x + SLIDE.bulletIndent + (item.marker.length > 1 ? 6 : 0);
  const options: TextOptions = { font: item.strong ? 'bold' : 'regular', size: SLIDE.bodyPt, colour: 'ink', role: 'body' };
  const text = place(measure, item.text, textX, y, CONTENT.x + CONTENT.width - textX, options, t('pdfPlace.slide'));
  const marker = item.marker ? place(measure, { text: item.marker, source: item.text.source }, CONTENT.x, y, textX - CONTENT.x, { ...options, font: 'bold', colour: 'brand' }, t('pdfPlace.slide')) : undefined;
  return { item, marker, text, height: text.height };
}

/** Splits prose that is taller than a whole slide at its sentence ends, so it continues on the next slide. */
function splitTallItems(measure: TextMeasurer, items: readonly ListItem[]): ListItem[] {
  const room = BODY_BOTTOM - BODY_TOP;
  return items.flatMap((item) => {
    if (setItem(measure, item, BODY_TOP).height <= room) return [item];
    const sentences = item.text.text.match(/[^.!?…]+[.!?…]+(?:\s+|$)|[^.!?…]+$/g)?.map((part) => part.trim()).filter(Boolean) ?? [];
    if (!item.splittable || sentences.length < 2) throw createSlideOverflowError(item.text.source, t('pdfPlace.slide'), SLIDE.bodyPt);
    return sentences.map((part, i) => ({ ...item, text: { ...item.text, text: part }, marker: i === 0 ? item.marker : '', notes: i === 0 ? item.notes : '' }));
  });
}

function resolveList(measure: TextMeasurer, title: string, items: readonly ListItem[], notes: readonly string[]): LaidSlide[] {
  const source = items[0]?.text.source ?? { file: '', field: '' };
  const slides: LaidSlide[] = [];
  let current: LaidSlide | undefined;
  let y = BODY_TOP;
  /** The last item placed with a marker, so a line without one (a contact's address) moves with it. */
  let previous: { item: ListItem; elements: SlideElement[] } | undefined;
  const open = () => {
    current = { elements: [createTitle(measure, slides.length === 0 ? title : t('meeting.continued', { title }), source), createTitleRule()], notes: slides.length === 0 ? [...notes] : [] };
    slides.push(current);
    y = BODY_TOP;
  };
  const put = (item: ListItem): SlideElement[] => {
    const set = setItem(measure, item, y);
    const elements = [...(set.marker ? [set.marker] : []), set.text];
    current!.elements.push(...elements);
    if (item.notes) current!.notes.push(item.notes);
    y += set.height + (item.marker ? SLIDE.itemGap : SLIDE.itemGap / 2);
    return elements;
  };
  for (const item of splitTallItems(measure, items)) {
    if (!current) open();
    const fits = setItem(measure, item, y).height + y <= BODY_BOTTOM;
    if (!fits && y > BODY_TOP) {
      const carry = !item.marker && previous && current!.elements.length > 2 + previous.elements.length ? previous : undefined;
      if (carry) {
        current!.elements.splice(current!.elements.length - carry.elements.length);
        if (carry.item.notes) current!.notes.pop();
      }
      open();
      if (carry) put(carry.item);
    }
    const elements = put(item);
    // Only the item just before may be carried over: the line it heads is the next one.
    previous = item.marker ? { item, elements } : undefined;
  }
  if (!current) open();
  return slides;
}

/** One or two steps a slide, each with its number large in a circle. */
function resolveSteps(measure: TextMeasurer, steps: readonly StepItem[]): LaidSlide[] {
  const slides: LaidSlide[] = [];
  let index = 0;
  while (index < steps.length) {
    const first = setStep(measure, steps[index]!, BODY_TOP);
    if (first.bottom > BODY_BOTTOM) throw createSlideOverflowError(first.tallest, t('pdfPlace.stepSlide'), SLIDE.stepDetailPt);
    const second = index + 1 < steps.length ? setStep(measure, steps[index + 1]!, first.bottom + SLIDE.itemGap * 2) : undefined;
    const pair = second && second.bottom <= BODY_BOTTOM ? [first, second] : [first];
    const from = steps[index]!;
    const to = steps[index + pair.length - 1]!;
    const title = pair.length === 2 ? t('meeting.steps', { from: from.number, to: to.number, total: from.total }) : t('meeting.step', { from: from.number, total: from.total });
    slides.push({
      elements: [createTitle(measure, title, from.title.source), createTitleRule(), ...pair.flatMap((step) => step.elements)],
      notes: pair.map((step) => step.notes),
    });
    index += pair.length;
  }
  return slides;
}

function setStep(measure: TextMeasurer, step: StepItem, y: number): { elements: SlideElement[]; bottom: number; notes: string; tallest: TextSource } {
  const circle = SLIDE.stepCircle;
  const textX = CONTENT.x + circle + 8;
  const width = CONTENT.x + CONTENT.width - textX;
  const title = place(measure, step.title, textX, y, width, { font: 'bold', size: SLIDE.stepTitlePt, colour: 'ink', role: 'body' }, t('pdfPlace.stepSlide'));
  const detail = place(measure, step.detail, textX, title.y + title.height + 1, width, { font: 'regular', size: SLIDE.stepDetailPt, colour: 'ink', role: 'body' }, t('pdfPlace.stepSlide'));
  const number = place(measure, { text: String(step.number), source: step.title.source }, CONTENT.x, 0, circle, { font: 'extrabold', size: SLIDE.stepNumberPt, colour: 'paper', role: 'body', align: 'center' }, t('pdfPlace.stepSlide'));
  const numberTop = y + (circle - number.height) / 2;
  const elements: SlideElement[] = [
    { type: 'circle', cx: CONTENT.x + circle / 2, cy: y + circle / 2, r: circle / 2, fill: 'brand' },
    { ...number, y: numberTop },
    title,
    detail,
  ];
  const bottom = Math.max(detail.y + detail.height, y + circle);
  return { elements, bottom, notes: step.notes, tallest: detail.height > title.height ? step.detail.source : step.title.source };
}

function resolveQr(measure: TextMeasurer, spec: Extract<SlideSpec, { kind: 'qr' }>): LaidSlide {
  const size = Math.min(SLIDE.qr, BODY_BOTTOM - BODY_TOP - 2 * getQrQuietZone(SLIDE.qr, spec.qr.modules.length));
  const quiet = getQrQuietZone(size, spec.qr.modules.length);
  const qrX = CONTENT.x + quiet;
  const qrY = BODY_TOP + quiet;
  const textX = qrX + size + quiet + 12;
  const width = CONTENT.x + CONTENT.width - textX;
  const hint = place(measure, { text: spec.hint, source: spec.source }, textX, BODY_TOP + 10, width, { font: 'bold', size: SLIDE.bodyPt, colour: 'ink', role: 'body' }, t('pdfPlace.qrSlide'));
  const printed = spec.qr.url.replace(/^https:\/\//, '');
  const set = setAddress(measure, { address: printed, source: spec.source, font: 'semibold', colour: 'link', leading: SLIDE.leading }, SLIDE.minBodyPt, textX, hint.y + hint.height + 8, width);
  if (!set || set.y + set.height > BODY_BOTTOM) throw createSlideOverflowError(spec.source, t('pdfPlace.qrSlide'), SLIDE.minBodyPt);
  const address: SlideText = { ...set, paragraph: printed, align: 'left', role: 'body' };
  return {
    elements: [
      createTitle(measure, spec.title, spec.source),
      createTitleRule(),
      { type: 'qr', x: qrX, y: qrY, width: size, height: size, modules: spec.qr.modules, colour: 'ink', url: spec.qr.url },
      hint,
      address,
    ],
    notes: spec.notes,
  };
}

/** "MẪU" in a red badge in the top-right corner, a place every slide keeps free. */
function createBadge(measure: TextMeasurer, source: TextSource): SlideElement[] {
  const { width, height, pt } = SLIDE.badge;
  const x = CONTENT.x + CONTENT.width - width;
  const text = place(measure, { text: t('meeting.sample'), source }, x, 0, width, { font: 'extrabold', size: pt, colour: 'paper', role: 'mark', align: 'center' }, t('pdfPlace.sampleBadge'));
  return [{ type: 'rect', x, y: CONTENT.y, width, height, fill: 'brand' }, { ...text, y: CONTENT.y + (height - text.height) / 2 }];
}
