import { describe, expect, it } from 'vitest';
import { BANNERS } from '../../src/print/formats.ts';
import { balanceLines } from '../../src/pdf/text/balance-lines.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { wrapText } from '../../src/pdf/text/wrap-text.ts';

const measure = getTextMeasurer();
const slogan = 'Làm thủ tục trên mạng – không phải đi xa';
const safeWidth = (format: keyof typeof BANNERS) => BANNERS[format].trim.width - 2 * BANNERS[format].safe;
const pieces = (...widths: number[]) => widths.map((width, i) => ({ text: `w${i}`, glue: false, width }));

describe('balanceLines', () => {
  it('moves a word down rather than leave one word alone on the last line', () => {
    // Greedy: 20+5+20+5+20 = 70 on line 1, then "10" alone.
    expect(balanceLines(pieces(20, 20, 20, 10), 5, 70, 2)).toEqual([0, 2]);
  });

  it('keeps the one-word last line when no other break fits the width', () => {
    expect(balanceLines(pieces(60, 60, 10), 5, 70, 3)).toEqual([0, 1, 2]);
  });

  it('gives up (so the caller keeps greedy) when the words cannot fit on that many lines', () => {
    expect(balanceLines(pieces(40, 40), 5, 50, 1)).toBeUndefined();
  });
});

describe('wrapText with balance', () => {
  it('ends the campaign slogan on the 800×2500 banner with "đi xa", not "xa" alone, on as many lines', () => {
    const greedy = wrapText(measure, slogan, 'extrabold', 500, safeWidth('800x2500'));
    const balanced = wrapText(measure, slogan, 'extrabold', 500, safeWidth('800x2500'), { balance: true });
    expect(greedy.lines.at(-1)).toBe('xa');
    expect(balanced.lines).toHaveLength(greedy.lines.length);
    expect(balanced.lines.at(-1)).toBe('đi xa');
    expect(balanced.lines.join(' ')).toBe(slogan);
    expect(balanced.widest).toBeLessThanOrEqual(safeWidth('800x2500'));
  });

  it('breaks after a comma when that keeps the line count', () => {
    expect(wrapText(measure, 'Sao một lần, dùng cho nhiều hồ sơ', 'extrabold', 1098.25, safeWidth('5000x1500'), { balance: true }).lines).toEqual(['Sao một lần,', 'dùng cho nhiều hồ sơ']);
  });

  it('never starts a line with a spaced dash, balanced or not', () => {
    for (const balance of [false, true]) {
      for (const size of [500, 600, 700]) {
        const { lines } = wrapText(measure, slogan, 'extrabold', size, safeWidth('3000x1000'), { balance });
        expect(lines.some((line) => line.startsWith('–')), `${size} pt, balance ${balance}: ${lines.join(' / ')}`).toBe(false);
      }
    }
  });
});
