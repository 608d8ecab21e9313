/**
 * Flows blocks (headings, paragraphs, steps) down one or more columns, like text continuing
 * across the inside panels of a leaflet. All blocks share one body size: the largest in the
 * range at which everything fits. Blocks never split, and a heading stays with what follows.
 * A block whose text is wider than its column (a token that cannot break) does not fit at that
 * size either: the flow tries smaller, and at the minimum fails naming field and panel.
 */
import type { TypeRange } from '../../pdf/elements.ts';
import { createOverflowError, createTooWideError } from '../../pdf/pdf-errors.ts';
import type { Box, PdfElement } from '../../pdf/elements.ts';
import type { TextSource } from '../../content/sourced-text.ts';
import { t } from '../../i18n/t.ts';

export interface FlowBlock {
  /** Where the block's text comes from, named when it does not fit. */
  source: TextSource;
  /** Gap above the block in mm at body size `size` (dropped at the top of a column). */
  spaceBefore: (size: number) => number;
  /** Keep on the same column as the next block (headings). */
  keepWithNext?: boolean;
  /** Start a new column (e.g. the facts on the last inside panel), unless that makes the text not fit. */
  breakBefore?: boolean;
  /** Sets the block at body size `size` with its top-left corner at (x, y). */
  layout: (size: number, x: number, y: number, width: number) => LaidBlock;
}

export interface LaidBlock {
  elements: PdfElement[];
  height: number;
  /** Set when a line runs past the width: which text, and by how much (mm). */
  tooWide?: { source: TextSource; overMm: number };
}

export interface FlowColumn {
  box: Box;
  /** Named in errors, e.g. "inside 3 (mặt trong, nếp gấp vào) panel of the leaflet". */
  place: string;
}

const STEP_PT = 0.25;

export interface FlowOptions {
  /** Even out the columns instead of filling the first ones (the inside of a leaflet). */
  balance?: boolean;
}

export function flowBlocks(blocks: FlowBlock[], columns: FlowColumn[], range: TypeRange, options: FlowOptions = {}): { size: number; elements: PdfElement[] } {
  for (let size = range.max; size >= range.min - 1e-9; size -= STEP_PT) {
    const withBreaks = tryFlow(blocks, columns, size, true);
    const result = withBreaks.elements ? withBreaks : tryFlow(blocks, columns, size, false);
    if (result.elements) {
      const breaks = result === withBreaks;
      return { size, elements: options.balance ? balance(blocks, columns, size, breaks) : result.elements };
    }
    if (size - STEP_PT < range.min - 1e-9) {
      const failed = blocks[result.failedAt] ?? blocks[blocks.length - 1];
      if (!failed) break;
      if (result.tooWide) throw createTooWideError(result.tooWide.source, result.place ?? t('pdfPlace.page'), range.min, result.tooWide.overMm);
      throw createOverflowError(failed.source, columns[columns.length - 1]?.place ?? t('pdfPlace.page'), range.min, result.overMm);
    }
  }
  return { size: range.min, elements: [] };
}

/**
 * The shortest column height that still holds everything, found by bisection, so text is
 * spread over the panels rather than piled into the first.
 */
function balance(blocks: FlowBlock[], columns: FlowColumn[], size: number, breaks: boolean): PdfElement[] {
  const capped = (cap: number) => columns.map((column) => ({ ...column, box: { ...column.box, height: Math.min(column.box.height, cap) } }));
  let low = 0;
  let high = Math.max(...columns.map((column) => column.box.height));
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    if (tryFlow(blocks, capped(mid), size, breaks).elements) high = mid;
    else low = mid;
  }
  return tryFlow(blocks, capped(high), size, breaks).elements ?? [];
}

interface FlowAttempt {
  elements?: PdfElement[];
  failedAt: number;
  overMm: number;
  tooWide?: LaidBlock['tooWide'];
  place?: string;
}

function tryFlow(blocks: FlowBlock[], columns: FlowColumn[], size: number, breaks: boolean): FlowAttempt {
  const elements: PdfElement[] = [];
  let column = 0;
  let y = columns[0]?.box.y ?? 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as FlowBlock;
    if (breaks && block.breakBefore && i > 0 && column + 1 < columns.length) {
      column += 1;
      y = (columns[column] as FlowColumn).box.y;
    }
    const placed = placeBlock(blocks, i, columns, column, y, size);
    if (!placed) return { failedAt: i, overMm: getOverrun(blocks.slice(i), columns, column, y, size) };
    column = placed.column;
    const box = (columns[column] as FlowColumn).box;
    const laid = block.layout(size, box.x, placed.y, box.width);
    if (laid.tooWide) return { failedAt: i, overMm: laid.tooWide.overMm, tooWide: laid.tooWide, place: (columns[column] as FlowColumn).place };
    elements.push(...laid.elements);
    y = placed.y + laid.height;
  }
  return { elements, failedAt: -1, overMm: 0 };
}

/**
 * How much the blocks left over exceed the room left for them: the rest of the current column
 * and every column after it. Measured at the last column's width, where they would end up.
 */
function getOverrun(rest: FlowBlock[], columns: FlowColumn[], column: number, y: number, size: number): number {
  const width = columns.at(-1)?.box.width ?? 0;
  const needed = rest.reduce((sum, block) => sum + block.spaceBefore(size) + block.layout(size, 0, 0, width).height, 0);
  const current = columns[column]?.box;
  const room = (current ? current.y + current.height - y : 0) + columns.slice(column + 1).reduce((sum, next) => sum + next.box.height, 0);
  return needed - room;
}

/** Finds the column and top for block i, moving to the next column when it (and a kept-with block) would not fit. */
function placeBlock(blocks: FlowBlock[], i: number, columns: FlowColumn[], start: number, startY: number, size: number): { column: number; y: number } | undefined {
  let y = startY;
  for (let c = start; c < columns.length; c++) {
    const box = (columns[c] as FlowColumn).box;
    const atTop = y <= box.y + 1e-9;
    const top = atTop ? box.y : y + blocks[i]!.spaceBefore(size);
    let needed = blocks[i]!.layout(size, box.x, top, box.width).height;
    const next = blocks[i + 1];
    if (blocks[i]!.keepWithNext && next) needed += next.spaceBefore(size) + next.layout(size, box.x, 0, box.width).height;
    if (top + needed <= box.y + box.height + 1e-9) return { column: c, y: top };
    const nextBox = columns[c + 1]?.box;
    if (nextBox) y = nextBox.y;
  }
  return undefined;
}
