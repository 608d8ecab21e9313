/**
 * One line of the order sheet at the largest size in its range that fits its column. The sheet
 * gives every file one row, so a line that does not fit even at the smallest size stops the
 * build, naming the file and field it comes from and the column, in Vietnamese.
 */
import { ContentError } from '../../content/content-error.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import type { FontWeight } from '../../fonts.ts';
import { t } from '../../i18n/t.ts';
import type { TextElement, TypeRange } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText } from '../../pdf/text/set-text.ts';
import type { ColourName } from '../../tokens.ts';
import { ORDER_SHEET } from '../formats.ts';

const STEP_PT = 0.25;

export interface LineSpec {
  text: string;
  font: FontWeight;
  range: TypeRange;
  source: TextSource;
  /** The column's name as the sheet prints it, for the error. */
  column: string;
  /** What to change when it does not fit. */
  fix: string;
  colour?: ColourName;
  align?: 'left' | 'right';
}

export function fitLine(measure: TextMeasurer, spec: LineSpec, x: number, y: number, width: number): TextElement {
  const text = spec.text.normalize('NFC');
  for (let size = spec.range.max; size >= spec.range.min - 1e-9; size -= STEP_PT) {
    const used = measure.width(text, spec.font, size);
    if (used > width) continue;
    const { element } = setText(measure, { text, source: spec.source, font: spec.font, colour: spec.colour ?? 'ink', leading: ORDER_SHEET.leading }, size, x, y, width);
    if (spec.align !== 'right') return element;
    return { ...element, lines: element.lines.map((line) => ({ ...line, dx: width - used })) };
  }
  const over = Math.max(0.1, Math.round((measure.width(text, spec.font, spec.range.min) - width) * 10) / 10);
  throw new ContentError(spec.source.file, spec.source.field || undefined, t('order.error.tooLong', { text, column: spec.column, over, min: spec.range.min }), spec.fix);
}
