/**
 * A ruled table for the scoreboard: a header row, then rows of cells, each cell outlined so the
 * secretary writes scores in by hand. One block per row, so the flow breaks pages between rows
 * and sets the header row again at the top of the next page.
 */
import type { PdfElement } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { CONTEST_SPACE, CONTEST_TYPE } from '../formats.ts';
import { createOutline, setBlockText, translate, type Block } from './blocks.ts';
import { TEMPLATE_SOURCE } from './flow-pages.ts';

/** Column widths in mm and the text of each row's cells ("" for a cell to fill in). */
export function createTableBlocks(measure: TextMeasurer, widths: readonly number[], header: readonly string[], rows: readonly (readonly string[])[]): Block[] {
  const createRow = (cells: readonly string[], bold: boolean, spaceBefore: number): Block => {
    const elements: PdfElement[] = [];
    let x = 0;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      // Cells share their borders: each overlaps the previous one by a stroke.
      elements.push(...createOutline(x, 0, width + CONTEST_SPACE.rule, CONTEST_SPACE.tableRow + CONTEST_SPACE.rule));
      if (cell !== '') {
        const text = setBlockText(measure, cell, TEMPLATE_SOURCE, width - 2, { font: bold ? 'semibold' : 'regular', size: CONTEST_TYPE.small });
        elements.push(translate(text, x + 1.2, (CONTEST_SPACE.tableRow - text.height) / 2));
      }
      x += width;
    });
    return { height: CONTEST_SPACE.tableRow, elements, spaceBefore };
  };
  const head = createRow(header, true, CONTEST_SPACE.afterTitle);
  return [{ ...head, keepWithNext: true }, ...rows.map((row) => ({ ...createRow(row, false, 0), repeatOnNewPage: head }))];
}
