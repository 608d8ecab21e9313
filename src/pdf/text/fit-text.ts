/**
 * Shrink-to-fit for one box: the largest size in the range at which the text fits both the
 * width and the height. Below the minimum the build fails, naming the field and the place;
 * nothing is clipped or left to overflow.
 */
import { createOverflowError, createTooWideError } from '../pdf-errors.ts';
import type { TextMeasurer } from './measure-text.ts';
import { setText, type TextSpec } from './set-text.ts';
import type { Box, TextElement, TypeRange } from '../elements.ts';

/** Sizes are tried in quarter points: fine enough to fill a box, coarse enough to stay stable. */
const STEP_PT = 0.25;

export function fitText(measure: TextMeasurer, spec: TextSpec, range: TypeRange, box: Box, place: string): TextElement {
  const attempt = (size: number) => {
    const set = setText(measure, spec, size, box.x, box.y, box.width);
    return { ...set, overHeight: Math.max(0, set.element.height - box.height) };
  };
  const smallest = attempt(range.min);
  // A size that breaks a listed compound ("tài / khoản") the minimum keeps whole does not fit either.
  const fits = (size: number) => {
    const result = attempt(size);
    return result.overWidth === 0 && result.overHeight === 0 && result.splitCompounds <= smallest.splitCompounds;
  };
  if (smallest.overWidth > 0) throw createTooWideError(spec.source, place, range.min, smallest.overWidth);
  if (smallest.overHeight > 0) {
    throw createOverflowError(spec.source, place, range.min, smallest.overHeight);
  }
  // Binary search over quarter points; wrapping makes fit monotonic in practice.
  let low = Math.round(range.min / STEP_PT);
  let high = Math.round(range.max / STEP_PT);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid * STEP_PT)) low = mid;
    else high = mid - 1;
  }
  return attempt(low * STEP_PT).element;
}
