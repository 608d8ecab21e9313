import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/pdf/text/fit-text.ts';
import { flowBlocks } from '../../src/print/layout/flow-blocks.ts';
import { createParagraph } from '../../src/print/layout/blocks.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { wrapText } from '../../src/pdf/text/wrap-text.ts';
import type { TextElement } from '../../src/pdf/elements.ts';

const measure = getTextMeasurer();
const source = { file: 'content/guides/thu.mdx', field: 'steps.0.detail' };
const spec = (text: string) => ({ text, source, font: 'regular' as const, colour: 'ink' as const, leading: 1.3 });
const box = { x: 0, y: 0, width: 90, height: 30 };

describe('wrapText', () => {
  it('breaks Vietnamese at spaces and keeps every word whole', () => {
    const text = 'Mở ứng dụng VNeID, chọn Kích hoạt tài khoản định danh điện tử và làm theo hướng dẫn trên màn hình';
    const { lines, widest } = wrapText(measure, text, 'regular', 10, 50);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    expect(widest).toBeLessThanOrEqual(50);
  });

  it('breaks a web address after "/", "." or "-" when it is wider than the line', () => {
    const address = 'huongdan-dvc.thainguyen.gov.vn/huong-dan/dang-ky-tai-khoan-vneid-muc-2/';
    const { lines, widest } = wrapText(measure, address, 'semibold', 8, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => /[/.-]$/.test(line))).toBe(true);
    expect(lines.join('')).toBe(address);
    expect(widest).toBeLessThanOrEqual(60);
  });
});

describe('fitText', () => {
  it('sets short text at the largest size', () => {
    expect(fitText(measure, spec('Không mất phí.'), { max: 12, min: 8 }, box, 'test panel').size).toBe(12);
  });

  it('shrinks long text in quarter points until it fits the box', () => {
    const element = fitText(measure, spec('Khi hồ sơ được duyệt, điện thoại sẽ nhận tin nhắn có mã kích hoạt. '.repeat(5)), { max: 12, min: 6 }, box, 'test panel');
    expect(element.size).toBeLessThan(12);
    expect(element.size % 0.25).toBe(0);
    expect(element.height).toBeLessThanOrEqual(box.height);
  });

  it('fails below the minimum size, naming the file, the field, the place and by how much', () => {
    const long = 'Khi hồ sơ được duyệt, điện thoại sẽ nhận tin nhắn có mã kích hoạt. '.repeat(12);
    expect(() => fitText(measure, spec(long), { max: 12, min: 8 }, box, 'mặt trong, phần 3 (phần gấp vào) của tờ gấp')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/guides/thu.mdx → steps.0.detail: Chữ không vừa mặt trong, phần 3 (phần gấp vào) của tờ gấp, kể cả khi thu nhỏ đến cỡ 8 pt: còn dài quá 17,7 mm.
        Cách sửa: viết ngắn lại, hoặc ghi cách viết ngắn hơn chỉ dùng cho bản in ở mục \`print: steps:\` trong phần đầu (frontmatter) của hướng dẫn (xem guidePrintSchema trong src/schemas/guide.ts).]
    `);
  });

  it('fails on a character the font cannot print, naming it and the field', () => {
    expect(() => fitText(measure, spec('Gọi ☎ 0208 3855 123'), { max: 12, min: 8 }, box, 'bìa sau')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/guides/thu.mdx → steps.0.detail: Có ký tự "☎" (U+260E) mà phông chữ in Be Vietnam Pro không có, in ra sẽ thành một ô trống.
        Cách sửa: thay bằng chữ, chữ số hoặc dấu câu thông thường, hoặc xóa ký tự đó.]
    `);
  });

  it('fails on a word wider than the box even at the minimum size', () => {
    expect(() => fitText(measure, spec('Chữdàikhôngcókhoảngtrắngnàođểxuốngdòngđượccả'), { max: 12, min: 8 }, { ...box, width: 40 }, 'bìa trước')).toThrow(/Có một từ không có dấu cách rộng hơn bìa trước, kể cả ở cỡ 8 pt/);
  });
});

describe('flowBlocks', () => {
  const paragraph = (text: string, i: number) => createParagraph(measure, text, { file: 'content/guides/thu.mdx', field: `steps.${i}.detail` });
  const columns = [0, 100, 200].map((x, i) => ({ box: { x: x + 5, y: 5, width: 90, height: 60 }, place: `mặt trong, phần ${i + 1}` }));

  it('continues across columns and keeps one size for all blocks', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => paragraph('Mang theo thẻ căn cước và điện thoại. Nói với cán bộ là muốn đăng ký tài khoản định danh điện tử mức 2.', i));
    const { size, elements } = flowBlocks(blocks, columns, { max: 12, min: 8 });
    const texts = elements.filter((e): e is TextElement => e.type === 'text');
    expect(new Set(texts.map((t) => t.size))).toEqual(new Set([size]));
    expect(new Set(texts.map((t) => t.x)).size).toBeGreaterThan(1);
    for (const text of texts) expect(text.y + text.height).toBeLessThanOrEqual(65 + 1e-6);
  });

  it('balances the columns instead of filling the first', () => {
    const blocks = Array.from({ length: 3 }, (_, i) => paragraph('Mang theo thẻ căn cước và điện thoại.', i));
    const { elements } = flowBlocks(blocks, columns, { max: 12, min: 8 }, { balance: true });
    expect(new Set(elements.map((e) => e.type === 'text' && e.x)).size).toBe(3);
  });

  it('names the first block that does not fit and the last column', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => paragraph('Mang theo thẻ căn cước và điện thoại. Nói với cán bộ là muốn đăng ký tài khoản định danh điện tử mức 2.', i));
    expect(() => flowBlocks(blocks, columns, { max: 12, min: 8 })).toThrow(/thu\.mdx → steps\.\d+\.detail: Chữ không vừa mặt trong, phần 3, kể cả khi thu nhỏ đến cỡ 8 pt/);
  });

  it('says by how much the blocks left over exceed the room left for them', () => {
    // Ten 25 mm blocks, two to a 60 mm column: four are left over (100 mm) with 10 mm free under the last column's two.
    const block = (i: number) => ({ source: { file: 'content/guides/thu.mdx', field: `steps.${i}.detail` }, spaceBefore: () => 0, layout: () => ({ elements: [], height: 25 }) });
    expect(() => flowBlocks(Array.from({ length: 10 }, (_, i) => block(i)), columns, { max: 8, min: 8 })).toThrow('Chữ không vừa mặt trong, phần 3, kể cả khi thu nhỏ đến cỡ 8 pt: còn dài quá 90 mm.');
  });
});
