import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.ts';
import { fitText } from '../../src/pdf/text/fit-text.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { wrapText } from '../../src/pdf/text/wrap-text.ts';
import { createParagraph, createStep } from '../../src/print/layout/blocks.ts';
import { flowBlocks } from '../../src/print/layout/flow-blocks.ts';
import { DOSSIER_CODE, EMAIL } from '../fixtures/print-unbreakable/tokens.ts';

const measure = getTextMeasurer();
const source = { file: 'content/guides/thu.mdx', field: 'steps.1.detail' };
const column = { box: { x: 0, y: 0, width: 40, height: 150 }, place: 'mặt trong, phần 2 của tờ gấp' };
/** A token with none of the safe break characters: nothing may split it. */
const UNBREAKABLE = 'Mãsốhồsơkhôngcódấuchấmnàocả';

function catchError(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('tokens with no spaces', () => {
  it('breaks an e-mail address and a dossier code only after ".", "@", "/" or "-" and keeps each line inside the width', () => {
    for (const token of [EMAIL, DOSSIER_CODE]) {
      const { lines, widest } = wrapText(measure, `Gửi về ${token}`, 'bold', 14, 45);
      expect(lines.length, token).toBeGreaterThan(2);
      expect(lines.join('').replace(/\s/g, ''), token).toBe(`Gửivề${token}`);
      expect(widest, token).toBeLessThanOrEqual(45);
      for (const line of lines.slice(1, -1)) expect(line, token).toMatch(/[./@-]$/);
    }
  });

  it('leaves a token without safe break points whole, reported as wider than the line', () => {
    const { lines, widest } = wrapText(measure, UNBREAKABLE, 'regular', 12, 30);
    expect(lines).toEqual([UNBREAKABLE]);
    expect(widest).toBeGreaterThan(30);
  });

  it('fails a flowed panel naming the file, the field and the panel when a token cannot fit', () => {
    const blocks = [createParagraph(measure, 'Mở ứng dụng.', { ...source, field: 'steps.0.detail' }), createStep(measure, 2, 'Nộp hồ sơ', `Ghi mã ${UNBREAKABLE}`, { title: { ...source, field: 'steps.1.title' }, detail: source })];
    const error = catchError(() => flowBlocks(blocks, [column], { max: 12, min: 9 }));
    expect(error.file).toBe(source.file);
    expect(error.field).toBe('steps.1.detail');
    expect(error.message).toContain(column.place);
    expect(error.message).toMatch(/còn rộng quá [\d,]+ mm, in ra sẽ tràn qua nếp gấp/);
  });

  it('shrinks a flowed panel until a long token fits instead of letting it cross the fold', () => {
    const { size, elements } = flowBlocks([createParagraph(measure, `Gửi về ${'Mãsốhồsơ'}`, source)], [{ ...column, box: { ...column.box, width: 22 } }], { max: 14, min: 6 });
    expect(size).toBeLessThan(14);
    expect(elements.length).toBe(1);
  });

  it('fails a fitted box with a width error, not a height error, for a token that cannot fit', () => {
    const error = catchError(() => fitText(measure, { text: UNBREAKABLE, source, font: 'bold', colour: 'ink', leading: 1.2 }, { max: 20, min: 12 }, { x: 0, y: 0, width: 30, height: 100 }, 'bìa trước của tờ gấp'));
    expect(error.field).toBe(source.field);
    expect(error.message).toContain('rộng hơn bìa trước của tờ gấp');
    expect(error.message).toContain('còn rộng quá');
  });
});
