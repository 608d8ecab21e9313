import { describe, expect, it } from 'vitest';
import { createExcerpt } from '../../src/search/create-excerpt.ts';

const marked = (parts: ReturnType<typeof createExcerpt>) => parts.filter((part) => part.marked).map((part) => part.text);
const text = (parts: ReturnType<typeof createExcerpt>) => parts.map((part) => part.text).join('');

describe('createExcerpt', () => {
  it('marks whole words only: "con" marks "con", not "Cổng" or "công"', () => {
    const parts = createExcerpt('Vào Cổng Dịch vụ công để khai sinh cho con.', ['con', 'khai sinh']);
    expect(marked(parts)).toEqual(['khai', 'sinh', 'con']);
  });

  it('matches without tones but keeps đ apart from d', () => {
    expect(marked(createExcerpt('Đăng ký tạm trú, dạng giấy tờ.', ['đang ky']))).toEqual(['Đăng', 'ký']);
  });

  it('shows the stretch with the most of the words, with ellipses where text was cut', () => {
    const content = `${'Mở đầu không liên quan. '.repeat(20)}Kết hôn trên mạng: nộp tờ khai kết hôn. ${'Phần cuối. '.repeat(20)}`;
    const parts = createExcerpt(content, ['ket hon'], 10);
    expect(text(parts).startsWith('… ')).toBe(true);
    expect(text(parts).endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['Kết', 'hôn', 'kết', 'hôn']);
  });

  it('shows the beginning of the page, unmarked, when no word is on it', () => {
    expect(text(createExcerpt('Một hai ba.', ['xyz']))).toBe('Một hai ba.');
  });
});
