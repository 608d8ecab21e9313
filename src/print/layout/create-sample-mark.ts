/**
 * The "MẪU" (sample) stamp for outputs built from made-up contacts: large, diagonal and
 * see-through, once per leaflet panel or poster, so a sample can never pass for the real one
 * even when cut or folded.
 */
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { mmToPt } from '../../pdf/units.ts';
import { setText } from '../../pdf/text/set-text.ts';
import type { Box, TextElement } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import { t } from '../../i18n/t.ts';

export const SAMPLE_MARK = {
  text: t('sample.mark'),
  /** Share of the box width the word spans. */
  widthShare: 0.7,
  rotate: 30,
  opacity: 0.3,
  maxSizePt: 1200,
} as const;

export function createSampleMark(measure: TextMeasurer, box: Box, source: TextSource, colour: 'brand' | 'paper' = 'brand'): TextElement {
  const reference = measure.width(SAMPLE_MARK.text, 'extrabold', 100);
  // As wide as `widthShare` of the box, but never taller than half of it (wide banners), and
  // within `maxSizePt`: poppler (pdftoppm, many Linux viewers) silently drops glyphs near 2000 pt.
  const size = Math.min((100 * box.width * SAMPLE_MARK.widthShare) / reference, mmToPt(box.height) * 0.5, SAMPLE_MARK.maxSizePt);
  const { element } = setText(measure, { text: SAMPLE_MARK.text, source, font: 'extrabold', colour, leading: 1, align: 'center' }, size, box.x, 0, box.width);
  return { ...element, y: box.y + (box.height - element.height) / 2, rotate: SAMPLE_MARK.rotate, opacity: SAMPLE_MARK.opacity };
}
