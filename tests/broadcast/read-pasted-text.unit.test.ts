import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../src/broadcast/read-pasted-text.ts';

describe('readPastedText (the paste page and its worker)', () => {
  it('reads each non-empty line and times the whole text', () => {
    const result = readPastedText('Từ 1/7/2025 nộp hồ sơ.\n\nLệ phí 50.000đ.', 'north', 180);
    expect(result.paragraphs).toEqual(['Từ ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm nộp hồ sơ.', 'Lệ phí năm mươi nghìn đồng.']);
    expect(result.syllables).toBe(23);
    expect(result.seconds).toBeCloseTo((23 / 180) * 60 + 2 * 0.5, 6);
  });

  it('gives warnings by line and character in plain words for staff, without file or field names', () => {
    const second = 'Gặp HTXNN, đạt 3/5 số hộ.';
    const { warnings } = readPastedText(`Hội nghị.\n${second}`, 'north', 180);
    const at = (text: string) => [2, second.indexOf(text) + 1, second.indexOf(text) + text.length];
    expect(warnings.map(({ line, from, to }) => [line, from, to])).toEqual([at('HTXNN'), at('3/5')]);
    for (const warning of warnings) expect(warning.advice).not.toMatch(/content\/|\.yaml|abbreviations|pronunciations|issuers/);
    expect(warnings[0]!.advice).toContain('viết đầy đủ');
  });

  it('reads Southern numbers when asked', () => {
    expect(readPastedText('105 hộ', 'south', 180).paragraphs).toEqual(['một trăm lẻ năm hộ']);
  });
});
