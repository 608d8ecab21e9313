/**
 * The slug line of a press sheet (issue 12 item 7): file name, side and content date, small, in
 * 100% K (overprinted like all press text), in the slug below the bleed, between the crop and
 * fold marks there, so it is never printed on the piece and never touches a mark. A line too
 * long for the gaps is set in the next gap on, part by part, shrinking to SLUG_LINE.size.min;
 * past that the build fails naming the file.
 */
import { ContentError } from '../../content/content-error.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import type { PdfPage, TextElement, TypeRange } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { ptToMm } from '../../pdf/units.ts';
import { t } from '../../i18n/t.ts';
import { SLUG_LINE } from '../formats.ts';

/** A stretch of the slug, left edge and width in mm from the media's corner, free of marks. */
export interface SlugSpan {
  x: number;
  width: number;
}

/** Where a page's slug line may go: free spans of one baseline, and the sizes to try. */
export interface SlugPlace {
  spans: SlugSpan[];
  baseline: number;
  range: TypeRange;
}

const SEPARATOR = ' · ';
const STEP_PT = 0.25;

/**
 * The slug under the bleed box: from the bleed's foot to the media's, split at every mark that
 * reaches into it (the crop marks on the trim's sides, the dashed fold marks). The baseline
 * keeps the font's full ascent clear of the bleed by SLUG_LINE.clearance.
 */
export function getPressSlugPlace(measure: TextMeasurer, page: PdfPage): SlugPlace {
  const bandTop = page.bleedBox.y + page.bleedBox.height;
  const left = page.trimBox.x;
  const right = page.trimBox.x + page.trimBox.width;
  const cuts = page.elements.flatMap((element) => {
    if (element.type !== 'mark' || element.x1 !== element.x2 || Math.max(element.y1, element.y2) <= bandTop) return [];
    return element.x1 >= left && element.x1 <= right ? [{ x: element.x1, half: ptToMm(element.weightPt) / 2 }] : [];
  });
  const edges = [{ x: left, half: 0 }, ...cuts, { x: right, half: 0 }].sort((a, b) => a.x - b.x);
  const spans = getSpans(edges.map((edge) => ({ x: edge.x, inset: SLUG_LINE.clearance + edge.half })));
  return { spans, baseline: bandTop + SLUG_LINE.clearance + measure.ascent(SLUG_LINE.font) * ptToMm(SLUG_LINE.size.max), range: SLUG_LINE.size };
}

/**
 * The photocopy edition's page is the A4 trim (no slug): its line sits in the bottom margin,
 * above the panel frames and below the text's safe area, in each panel between its frames.
 */
export function getCopierSlugPlace(page: PdfPage, folds: readonly number[], frameInset: number, frameWeightPt: number): SlugPlace {
  const inset = frameInset + ptToMm(frameWeightPt) / 2 + SLUG_LINE.clearance;
  const edges = [0, ...folds, page.trimBox.width].map((x) => ({ x: page.trimBox.x + x, inset }));
  const { size, baselineFromBottom } = SLUG_LINE.copier;
  return { spans: getSpans(edges), baseline: page.trimBox.y + page.trimBox.height - baselineFromBottom, range: { max: size, min: size } };
}

/** Spans between consecutive edges, each kept `inset` clear of its edges. */
export function getSpans(edges: { x: number; inset: number }[]): SlugSpan[] {
  const spans: SlugSpan[] = [];
  for (let i = 1; i < edges.length; i++) {
    const from = edges[i - 1]!.x + edges[i - 1]!.inset;
    const to = edges[i]!.x - edges[i]!.inset;
    if (to > from) spans.push({ x: from, width: to - from });
  }
  return spans;
}

/**
 * The line's parts (file, side, date) set in the spans left to right, joined by " · " while
 * they fit, at the largest size in the range where every part fits.
 */
export function createSlugLine(measure: TextMeasurer, parts: readonly string[], place: SlugPlace, source: TextSource): TextElement[] {
  for (let size = place.range.max; size >= place.range.min - 1e-9; size -= STEP_PT) {
    const runs = placeParts(measure, parts, place.spans, size);
    if (runs) return runs.map((run) => createRun(run.text, run.x, place.baseline, size, measure.width(run.text, SLUG_LINE.font, size)));
  }
  const widest = Math.max(...place.spans.map((span) => span.width));
  const longest = [...parts].sort((a, b) => measure.width(b, SLUG_LINE.font, place.range.min) - measure.width(a, SLUG_LINE.font, place.range.min))[0] ?? '';
  const over = Math.max(0.1, Math.round((measure.width(longest, SLUG_LINE.font, place.range.min) - widest) * 10) / 10);
  throw new ContentError(source.file, source.field || undefined, t('print.slug.error', { text: longest, over, min: place.range.min }), t('print.slug.fix'));
}

function placeParts(measure: TextMeasurer, parts: readonly string[], spans: readonly SlugSpan[], size: number): { text: string; x: number }[] | undefined {
  const runs: { text: string; x: number }[] = [];
  let span = 0;
  let current = '';
  for (const part of parts) {
    const joined = current ? `${current}${SEPARATOR}${part}` : part;
    if (spans[span] && measure.width(joined, SLUG_LINE.font, size) <= spans[span]!.width) {
      current = joined;
      continue;
    }
    if (current) runs.push({ text: current, x: spans[span]!.x });
    span += current ? 1 : 0;
    while (spans[span] && measure.width(part, SLUG_LINE.font, size) > spans[span]!.width) span++;
    if (!spans[span]) return undefined;
    current = part;
  }
  if (current) runs.push({ text: current, x: spans[span]!.x });
  return runs;
}

function createRun(text: string, x: number, baseline: number, size: number, width: number): TextElement {
  const em = ptToMm(size);
  // The element's box is its line: top one ascent above the baseline (text elements are laid out from their top).
  return { type: 'text', x, y: baseline - em, width, height: em * 1.3, lines: [{ text, dx: 0, baseline: em }], font: SLUG_LINE.font, size, colour: 'ink' };
}
