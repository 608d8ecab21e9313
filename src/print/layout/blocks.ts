/**
 * The kinds of block a leaflet panel is made of. Sizes are relative to the body size the
 * flow settles on, so a panel shrinks as one piece and keeps its hierarchy.
 */
import { ptToMm } from '../../pdf/units.ts';
import type { FlowBlock, LaidBlock } from './flow-blocks.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText, type SetText } from '../../pdf/text/set-text.ts';
import type { PdfElement } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';

export const BLOCK_SCALE = {
  heading: 1.3,
  /** Step number disc diameter, in body sizes. */
  badge: 1.9,
  /** Gap between a bullet or badge and its text, in mm. */
  gutter: 1.8,
  /** A contact block's heading, and the space above it, in body sizes. */
  contactHeading: 1.05,
  contactSpace: 0.9,
  /** Phone numbers and other prominent contact lines. */
  prominent: 1.25,
} as const;

const em = (size: number, times: number) => ptToMm(size * times);

export function createHeading(measure: TextMeasurer, text: string, source: TextSource, colour: 'brand' | 'ink' = 'brand'): FlowBlock {
  return {
    source,
    keepWithNext: true,
    spaceBefore: (size) => em(size, 1.1),
    layout: (size, x, y, width) => single(setText(measure, { text, source, font: 'bold', colour, leading: 1.15 }, size * BLOCK_SCALE.heading, x, y, width), source),
  };
}

export function createParagraph(measure: TextMeasurer, text: string, source: TextSource, options: { font?: 'regular' | 'semibold' | 'bold'; scale?: number; colour?: 'ink' | 'brand' } = {}): FlowBlock {
  return {
    source,
    spaceBefore: (size) => em(size, 0.35),
    layout: (size, x, y, width) => single(setText(measure, { text, source, font: options.font ?? 'regular', colour: options.colour ?? 'ink', leading: 1.3 }, size * (options.scale ?? 1), x, y, width), source),
  };
}

/** A list item with a round brand-coloured bullet (drawn, so no bullet glyph is needed). */
export function createBullet(measure: TextMeasurer, text: string, source: TextSource): FlowBlock {
  return {
    source,
    spaceBefore: (size) => em(size, 0.3),
    layout: (size, x, y, width) => {
      const indent = em(size, 0.5) + BLOCK_SCALE.gutter;
      const set = setText(measure, { text, source, font: 'regular', colour: 'ink', leading: 1.3 }, size, x + indent, y, width - indent);
      const firstBaseline = set.element.lines[0]?.baseline ?? 0;
      const r = em(size, 0.17);
      return { elements: [{ type: 'circle', cx: x + r, cy: y + firstBaseline - em(size, 0.3), r, fill: 'brand' }, set.element], height: set.element.height, tooWide: getTooWide([[set, source]]) };
    },
  };
}

/** A numbered step: yellow disc with the number, the action in bold, the detail below. */
export function createStep(measure: TextMeasurer, number: number, title: string, detail: string, sources: { title: TextSource; detail: TextSource }): FlowBlock {
  return {
    source: sources.title,
    spaceBefore: (size) => em(size, 0.7),
    layout: (size, x, y, width) => {
      const badge = em(size, BLOCK_SCALE.badge);
      const indent = badge + BLOCK_SCALE.gutter;
      const head = setText(measure, { text: title, source: sources.title, font: 'bold', colour: 'ink', leading: 1.2 }, size * 1.08, x + indent, y, width - indent);
      const body = setText(measure, { text: detail, source: sources.detail, font: 'regular', colour: 'ink', leading: 1.3 }, size, x + indent, y + head.element.height, width - indent);
      const digits = setText(measure, { text: String(number), source: sources.title, font: 'extrabold', colour: 'ink', leading: 1, align: 'center' }, size * 1.1, x, y, badge);
      const r = badge / 2;
      const numberY = y + r - digits.element.height / 2 + em(size * 1.1, 0.05);
      const elements: PdfElement[] = [
        { type: 'circle', cx: x + r, cy: y + r, r, fill: 'accent' },
        { ...digits.element, y: numberY },
        head.element,
        body.element,
      ];
      return { elements, height: Math.max(badge, head.element.height + body.element.height), tooWide: getTooWide([[head, sources.title], [body, sources.detail]]) };
    },
  };
}

function single(set: SetText, source: TextSource): LaidBlock {
  return { elements: [set.element], height: set.element.height, tooWide: getTooWide([[set, source]]) };
}

/** The first text set wider than its width, so the flow can shrink or name the field. */
function getTooWide(sets: [SetText, TextSource][]): LaidBlock['tooWide'] {
  const found = sets.find(([set]) => set.overWidth > 1e-9);
  return found ? { source: found[1], overMm: found[0].overWidth } : undefined;
}
