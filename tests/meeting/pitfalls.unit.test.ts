import { describe, expect, it } from 'vitest';
import { getPitfalls, getWhyParagraph } from '../../src/meeting/get-pitfalls.ts';

const body = `## Vì sao nên làm liên thông?

Nay bà con chỉ nộp **một bộ hồ sơ**
trên mạng.

Đoạn thứ hai không dùng.

## Những lỗi hay gặp

- **Ảnh mờ.** Hồ sơ bị trả lại.
- Gõ sai tên con, sai dấu. Đọc lại
  từng chữ.

## Điều kiện chính

- Không phải lỗi.

## Cẩn thận lừa đảo

Không ai được xin mã *OTP*.

Muốn biết hồ sơ đến đâu, xem [Tra cứu](/huong-dan/tra-cuu-ho-so/).
`;

describe('pitfalls from the guide body', () => {
  it('takes every item of the mistakes and scams sections, with the bold lead as the slide line', () => {
    const pitfalls = getPitfalls(body, 'content/guides/x.mdx');
    expect(pitfalls.map((pitfall) => [pitfall.headline.text, pitfall.full, pitfall.headline.source.field])).toEqual([
      ['Ảnh mờ.', 'Ảnh mờ. Hồ sơ bị trả lại.', 'body › "## Những lỗi hay gặp" › 1'],
      ['Gõ sai tên con, sai dấu. Đọc lại từng chữ.', 'Gõ sai tên con, sai dấu. Đọc lại từng chữ.', 'body › "## Những lỗi hay gặp" › 2'],
      ['Không ai được xin mã OTP.', 'Không ai được xin mã OTP.', 'body › "## Cẩn thận lừa đảo" › 1'],
    ]);
  });

  it('finds nothing in a body without such sections', () => {
    expect(getPitfalls('## Vì sao?\n\n- Một điều.\n', 'x.mdx')).toEqual([]);
  });

  it('reads the first paragraph under "Vì sao" as plain text', () => {
    expect(getWhyParagraph(body)).toBe('Nay bà con chỉ nộp một bộ hồ sơ trên mạng.');
    expect(getWhyParagraph('## Khác\n\nChữ.')).toBeUndefined();
  });
});
