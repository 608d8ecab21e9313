import { describe, expect, it } from 'vitest';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { removeForcedBreaks } from '../../src/pdf/text/forced-break.ts';
import { wrapText } from '../../src/pdf/text/wrap-text.ts';
import { LEAFLET } from '../../src/print/formats.ts';

const measure = getTextMeasurer();
const keep = ['đăng ký', 'tài khoản', 'định danh', 'điện tử', 'khai sinh', 'dịch vụ công', 'dịch vụ công trực tuyến'];
/** The front cover's safe width: 100 mm panel less 5 mm each side. */
const cover = 100 - 2 * LEAFLET.safe;
const title = 'Đăng ký tài khoản định danh điện tử mức 2';

describe('wrapText with a list of compounds', () => {
  it('breaks "tài khoản" apart without the list, and never with it', () => {
    const plain = wrapText(measure, title, 'extrabold', 30, cover, { balance: true });
    const kept = wrapText(measure, title, 'extrabold', 30, cover, { balance: true, keep });
    expect(plain.lines.some((line) => line.endsWith(' tài'))).toBe(true);
    expect(kept.lines.join(' ')).toBe(title);
    for (const line of kept.lines) expect(line.endsWith(' tài') || line.endsWith(' định') || line.startsWith('khoản')).toBe(false);
    expect(kept.widest).toBeLessThanOrEqual(cover);
  });

  it('matches a compound whatever its case and the punctuation on it', () => {
    const { lines } = wrapText(measure, 'Khai Sinh, “dịch vụ công” cho trẻ em mới sinh', 'extrabold', 30, cover, { balance: true, keep });
    expect(lines.some((line) => /(^|\s)“dịch$|(^|\s)“dịch vụ$/.test(line))).toBe(false);
    expect(lines.some((line) => line.endsWith('Khai'))).toBe(false);
  });

  it('prefers the longest listed compound, and a shorter one inside it when the longest is too wide', () => {
    const wide = wrapText(measure, 'Dùng dịch vụ công trực tuyến ngay tại nhà', 'extrabold', 18, cover, { balance: true, keep });
    expect(wide.lines.some((line) => line.includes('dịch vụ công trực tuyến')), wide.lines.join(' / ')).toBe(true);
    const narrow = wrapText(measure, 'Dùng dịch vụ công trực tuyến ngay tại nhà', 'extrabold', 34, cover, { balance: true, keep });
    expect(narrow.lines.some((line) => line.includes('dịch vụ công trực tuyến')), narrow.lines.join(' / ')).toBe(false);
    expect(narrow.lines.some((line) => line.includes('dịch vụ công')), narrow.lines.join(' / ')).toBe(true);
  });

  it('still breaks a compound that is wider than the line, rather than run past it', () => {
    const { lines, widest } = wrapText(measure, 'dịch vụ công trực tuyến', 'extrabold', 60, cover, { keep });
    expect(lines.length).toBeGreaterThan(1);
    expect(widest).toBeLessThanOrEqual(cover);
  });

  it('starts a new line at each | of a title broken by hand, and reads as one line without it', () => {
    const { lines } = wrapText(measure, 'Đăng ký khai sinh | trên điện thoại', 'extrabold', 22, cover, { balance: true, keep, forcedBreaks: true });
    expect(lines).toEqual(['Đăng ký khai sinh', 'trên điện thoại']);
    expect(wrapText(measure, 'Đăng ký khai sinh\ntrên điện thoại', 'extrabold', 22, cover, { forcedBreaks: true }).lines).toEqual(['Đăng ký khai sinh', 'trên điện thoại']);
    expect(removeForcedBreaks('Đăng ký khai sinh | trên điện thoại')).toBe('Đăng ký khai sinh trên điện thoại');
  });

  it('leaves no single word alone on a line of a balanced title when another break keeps the line count', () => {
    const { lines } = wrapText(measure, 'Đăng ký khai sinh cho con qua dịch vụ công', 'extrabold', 30, cover, { balance: true, keep });
    for (const line of lines) expect(line.includes(' '), `${lines.join(' / ')}`).toBe(true);
  });
});
