import { describe, expect, it } from 'vitest';
import type { PdfElement } from '../../src/pdf/elements.ts';
import { A4_SHEET } from '../../src/contest/formats.ts';
import { flowBlocks } from '../../src/contest/layout/flow-pages.ts';
import type { Block } from '../../src/contest/layout/blocks.ts';

// A4 with 20 mm top and bottom margins: 257 mm of text height, starting at y = 20.
const block = (height: number, spaceBefore = 5, extra: Partial<Block> = {}): Block => ({ height, spaceBefore, elements: [{ type: 'rect', x: 0, y: 0, width: 10, height, fill: 'ink' }], ...extra });
const tops = (page: PdfElement[]) => page.map((element) => (element.type === 'rect' ? element.y : NaN));

describe('flowing blocks onto contest pages', () => {
  it('stacks blocks with their space before, but none at the top of a page', () => {
    const pages = flowBlocks(A4_SHEET, [block(100), block(100), block(100)]);
    expect(pages.map(tops)).toEqual([[20, 125], [20]]);
    expect(pages[0]!.every((element) => element.type === 'rect' && element.x === A4_SHEET.margin.left)).toBe(true);
  });

  it('moves a heading to the next page with the block it belongs to', () => {
    const pages = flowBlocks(A4_SHEET, [block(200), block(10, 5, { keepWithNext: true }), block(40)]);
    expect(pages.map(tops)).toEqual([[20], [20, 35]]);
  });

  it('sets a table header again above a row that starts a new page', () => {
    const header = block(9, 0);
    const rows = Array.from({ length: 30 }, () => block(9, 0, { repeatOnNewPage: header }));
    const pages = flowBlocks(A4_SHEET, [header, ...rows]);
    // 257 mm hold 28 rows of 9 mm: the header and 27 rows, then the header again and 3 rows.
    expect(pages.map((page) => page.length)).toEqual([28, 4]);
    expect(tops(pages[1]!)).toEqual([20, 29, 38, 47]);
  });
});
