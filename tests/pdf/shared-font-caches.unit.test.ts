/**
 * The print plumbing shares parsed fonts, glyph layouts and set lines across documents
 * (src/pdf/get-font.ts, share-layout-cache.ts, text/set-text.ts) to make a leaflet fast; these
 * tests hold it to what a build needs: the same input gives the same bytes whatever was
 * written before it, and every document still carries and extracts its own text.
 */
import { describe, expect, it } from 'vitest';
import type { PdfLayout } from '../../src/pdf/elements.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { setText } from '../../src/pdf/text/set-text.ts';
import type { FontWeight } from '../../src/fonts.ts';
import { normalise, readPdfText } from '../helpers/pdf.ts';

const measure = getTextMeasurer();
const source = { file: 'tests/pdf/shared-font-caches.unit.test.ts', field: 'text' };

function createLayout(title: string, lines: { text: string; font: FontWeight }[]): PdfLayout {
  let y = 10;
  const elements = lines.map(({ text, font }) => {
    const { element } = setText(measure, { text, source, font, colour: 'ink', leading: 1.3 }, 11, 10, y, 120);
    y += element.height + 2;
    return element;
  });
  const box = { x: 0, y: 0, width: 148, height: 210 };
  return { meta: { title, author: 'Phòng Văn hoá – Thông tin', subject: title, date: '2025-07-01' }, pages: [{ media: { width: 148, height: 210 }, trimBox: box, bleedBox: box, userUnit: 1, elements }] };
}

const first = createLayout('Khai sinh', [
  { text: 'Đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công quốc gia', font: 'bold' },
  { text: 'Chuẩn bị ảnh chụp giấy chứng sinh và căn cước của cha hoặc mẹ.', font: 'regular' },
]);
const other = createLayout('Tạm trú', [
  { text: 'Khai báo tạm trú qua ứng dụng VNeID: nhanh, không phải xếp hàng', font: 'regular' },
  { text: 'Ấn “Gửi hồ sơ”, theo dõi kết quả ở mục Thông báo — QUỸ ĐẤT Ỗ Ẫ', font: 'extrabold' },
]);

describe('fonts and layouts shared across documents', () => {
  it('writes the same bytes for a document whether it comes first or after others', async () => {
    const before = await renderPdf(first, 'test');
    await renderPdf(other, 'test');
    const after = await renderPdf(first, 'test');
    expect(after.equals(before)).toBe(true);
  });

  it('keeps each document’s own text, readable back, after documents in other weights', async () => {
    await renderPdf(first, 'test');
    const text = await readPdfText(await renderPdf(other, 'test'));
    expect(normalise(text[0]!)).toContain('Khai báo tạm trú qua ứng dụng VNeID');
    expect(normalise(text[0]!)).toContain('QUỸ ĐẤT Ỗ Ẫ');
    expect(normalise(text[0]!)).not.toContain('khai sinh');
  });
});

describe('setText reusing lines it has set before', () => {
  const spec = { text: 'Nộp hồ sơ trực tuyến, nhận kết quả qua bưu điện hoặc trên ứng dụng', source, font: 'regular' as const, colour: 'ink' as const, leading: 1.3 };

  it('gives the same lines at another position, moved there', () => {
    const a = setText(measure, spec, 10, 0, 0, 40);
    const b = setText(measure, spec, 10, 25, 60, 40);
    expect(b.element.lines).toEqual(a.element.lines);
    expect(b.element).toMatchObject({ x: 25, y: 60, height: a.element.height });
    expect(a.element.lines.length).toBeGreaterThan(1);
  });

  it('sets the text anew when the width or the size differs', () => {
    const narrow = setText(measure, spec, 10, 0, 0, 30);
    const wide = setText(measure, spec, 10, 0, 0, 80);
    const larger = setText(measure, spec, 14, 0, 0, 30);
    expect(wide.element.lines.length).toBeLessThan(narrow.element.lines.length);
    expect(larger.element.lines.length).toBeGreaterThan(narrow.element.lines.length);
  });

  it('hands out lines a caller may change without changing the next result', () => {
    const a = setText(measure, spec, 10, 0, 0, 40);
    a.element.lines[0]!.text = 'đã sửa';
    a.element.lines.pop();
    const b = setText(measure, spec, 10, 0, 0, 40);
    expect(b.element.lines[0]!.text).not.toBe('đã sửa');
    expect(b.element.lines.length).toBe(a.element.lines.length + 1);
  });
});
