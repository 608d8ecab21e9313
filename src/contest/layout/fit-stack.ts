/**
 * Shrink-to-fit for a stack of texts (a card's question and its options): every text keeps its
 * size relative to the first, and the largest scale in quarter points at which the stack fits
 * the box wins. Past the range's minimum the build fails naming the first text's field, as
 * fitText does for one text; nothing is clipped.
 */
import type { Box, TypeRange } from '../../pdf/elements.ts';
import { createOverflowError } from '../../pdf/pdf-errors.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { createTextBlock, translate, type Block, type TextPart } from './blocks.ts';

const STEP_PT = 0.25;

/** `parts` styles give sizes at `range.max`; they are scaled together. */
export function fitStack(measure: TextMeasurer, parts: readonly TextPart[], range: TypeRange, box: Box, place: string): Block {
  const setAt = (sizePt: number) => {
    const scale = sizePt / range.max;
    return createTextBlock(measure, parts.map((part) => ({ ...part, gap: (part.gap ?? 0.8) * scale, style: { ...part.style, size: (part.style?.size ?? range.max) * scale } })), box.width, 0);
  };
  for (let size = range.max; size >= range.min - 1e-9; size -= STEP_PT) {
    try {
      const block = setAt(size);
      if (block.height <= box.height) return { ...block, elements: block.elements.map((element) => translate(element, box.x, box.y)) };
    } catch (error) {
      if (size - STEP_PT < range.min - 1e-9) throw error;
    }
  }
  const smallest = setAt(range.min);
  throw createOverflowError(parts[0]!.source, place, range.min, smallest.height - box.height);
}
