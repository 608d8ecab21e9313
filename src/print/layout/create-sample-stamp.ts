/**
 * The "MẪU" stamp of a sample banner: the word in red on a white plate, as large as its band
 * allows, at the top centre of the safe area. Opaque and upright, so it reads from the road
 * and on a thumbnail; it sits in its own band, so the slogan stays readable around it.
 */
import { BANNER_LAYOUT } from '../formats.ts';
import { MM, ptToMm } from '../../pdf/units.ts';
import { SAMPLE_MARK } from './create-sample-mark.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText } from '../../pdf/text/set-text.ts';
import type { Box, PdfElement } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';

export interface SampleStamp {
  /** The plate; the slogan goes below `box.y + box.height`. */
  box: Box;
  elements: PdfElement[];
}

export function createSampleStamp(measure: TextMeasurer, safe: Box, source: TextSource): SampleStamp {
  const { heightShare, widthShare, paddingEm, radiusEm } = BANNER_LAYOUT.sampleStamp;
  const font = 'extrabold';
  // Width and ink height of the word in ems, from the font itself (Ẫ's marks stand tall).
  const wordEm = measure.width(SAMPLE_MARK.text, font, 1) / ptToMm(1);
  const inkEm = measure.inkTop(SAMPLE_MARK.text, font);
  const em = Math.min((safe.height * heightShare) / (inkEm + 2 * paddingEm), (safe.width * widthShare) / (wordEm + 2 * paddingEm));
  const plate = { width: (wordEm + 2 * paddingEm) * em, height: (inkEm + 2 * paddingEm) * em };
  const box = { x: safe.x + (safe.width - plate.width) / 2, y: safe.y, ...plate };
  const sizePt = em * MM;
  const { element } = setText(measure, { text: SAMPLE_MARK.text, source, font, colour: 'brand', leading: 1, align: 'center' }, sizePt, box.x, box.y, box.width);
  const baseline = element.lines[0]?.baseline ?? ptToMm(sizePt);
  return {
    box,
    elements: [
      { type: 'rect', ...box, fill: 'paper', radius: radiusEm * em },
      // Baseline under the ink, so the word's ink (not its em box) is centred on the plate.
      { ...element, y: box.y + (paddingEm + inkEm) * em - baseline },
    ],
  };
}
