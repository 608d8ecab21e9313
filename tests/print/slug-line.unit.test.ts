import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { createSlugLine, getSpans } from '../../src/print/layout/create-slug-line.ts';

const measure = getTextMeasurer();
const source = { file: 'content/guides/dang-ky-khai-sinh.mdx', field: '' };

describe('createSlugLine', () => {
  it('keeps each span clear of the marks on both sides', () => {
    expect(getSpans([{ x: 8, inset: 1 }, { x: 105, inset: 1.05 }, { x: 305, inset: 1 }])).toEqual([{ x: 9, width: 94.95 }, { x: 106.05, width: 197.95 }]);
  });

  it('sets the parts on one line in the first span when they fit, at the largest size', () => {
    const [run, ...rest] = createSlugLine(measure, ['to-gap/a.pdf', 'Mặt ngoài', 'Cập nhật ngày 20/11/2026'], { spans: [{ x: 9, width: 95 }], baseline: 223, range: { max: 6, min: 5 } }, source);
    expect(rest).toHaveLength(0);
    expect(run).toMatchObject({ x: 9, size: 6, colour: 'ink', lines: [{ text: 'to-gap/a.pdf · Mặt ngoài · Cập nhật ngày 20/11/2026' }] });
  });

  it('carries the parts that do not fit on to the next span', () => {
    const name = `to-gap/${'a'.repeat(30)}.pdf`;
    const runs = createSlugLine(measure, [name, 'Mặt ngoài', 'Cập nhật ngày 20/11/2026'], { spans: [{ x: 9, width: 60 }, { x: 106, width: 60 }], baseline: 223, range: { max: 6, min: 5 } }, source);
    expect(runs.map((run) => [run.x, run.lines[0]!.text])).toEqual([[9, name], [106, 'Mặt ngoài · Cập nhật ngày 20/11/2026']]);
  });

  it('fails naming the file and the fix, in Vietnamese, when a part is wider than every span at the smallest size', () => {
    const name = `to-gap/${'rat-dai-'.repeat(20)}.pdf`;
    let error: unknown;
    try {
      createSlugLine(measure, [name, 'Mặt ngoài'], { spans: [{ x: 9, width: 95 }], baseline: 223, range: { max: 6, min: 5 } }, source);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/^content\/guides\/dang-ky-khai-sinh\.mdx: Dòng ghi chú ngoài lề in “to-gap\/rat-dai-.*” dài hơn khoảng trống giữa các dấu cắt, dấu gấp [\d.]+ mm, ngay cả ở cỡ chữ 5 pt\n {2}Cách sửa: đặt tên tệp ngắn hơn/);
  });
});
