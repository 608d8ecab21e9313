import { describe, expect, it } from 'vitest';
import { readMdxBody } from '../../src/content/read-mdx-body.ts';
import { HOSTILE_MDX } from './hostile-corpus.ts';

const FILE = 'content/guides/thu.mdx';

describe('the safe MDX subset', () => {
  it('has a corpus where every case says what it attacks and where the idea comes from', () => {
    expect(HOSTILE_MDX.length).toBeGreaterThan(30);
    for (const entry of HOSTILE_MDX) {
      expect(entry.attacks, entry.name).toBeTruthy();
      expect(entry.source, entry.name).toBeTruthy();
    }
  });

  it.each(HOSTILE_MDX.map((entry) => [entry.name, entry] as const))('refuses %s, naming the line, the column and the fix', async (_name, entry) => {
    const { errors, links } = await readMdxBody(entry.body, FILE);
    const messages = errors.map((error) => error.message);
    const [line, column] = entry.at.split(':');
    const hit = messages.find((message) => message.includes(entry.expect));
    expect(hit, messages.join('\n')).toBeDefined();
    expect(hit).toContain(`${FILE} → body (dòng ${line}:${column}): `);
    expect(hit).toMatch(/\n {2}Cách sửa: \S/);
    // Nothing refused reaches the link policy as if it were an address to check.
    expect(links.map((link) => link.url).filter((url) => /^\s*(java|vb)script:|^data:/i.test(url))).toEqual([]);
  });

  it('words the fix for a javascript: link as a Markdown link', async () => {
    const { errors } = await readMdxBody('<a HREF="javascript:alert(1)">Cổng</a>', FILE);
    expect(errors.map((error) => error.message)).toMatchInlineSnapshot(`
      [
        "content/guides/thu.mdx → body (dòng 1:1): Thẻ <a> thuộc tính HREF có địa chỉ "javascript:alert(1)" không phải trang web (javascript:, data:… chạy mã hoặc nhúng nội dung).
        Cách sửa: viết liên kết dạng Markdown: [chữ](https://…) tới trang chính thống, hoặc /huong-dan/<tên-tệp>/ tới trang của trang web này.",
      ]
    `);
  });

  it('accepts Markdown, inert HTML and https, page, mailto and tel links, and hands every address to the link policy', async () => {
    const body = [
      '## Cần biết',
      '',
      'Xem [Cổng](https://dichvucong.gov.vn) hoặc [hướng dẫn](/huong-dan/tra-cuu-ho-so/), gửi [thư](mailto:a@gov.vn), [gọi](tel:02083855123).',
      '',
      '<details open><summary>Mẹo</summary><p title="mẹo" lang="vi">Chụp ảnh <strong>rõ nét</strong>.</p></details>',
      '',
      '<a href="https://vneid.gov.vn">VNeID</a> ![Màn hình](/anh/man-hinh.png)',
      '',
      '<table><tr><th scope="col" colspan="2">Phí</th></tr></table>',
    ].join('\n');
    const { errors, links } = await readMdxBody(body, FILE);
    expect(errors).toEqual([]);
    expect(links.map(({ url, line, column }) => `${line}:${column} ${url}`)).toEqual([
      '3:5 https://dichvucong.gov.vn',
      '3:44 /huong-dan/tra-cuu-ho-so/',
      '3:88 mailto:a@gov.vn',
      '3:112 tel:02083855123',
      '7:1 https://vneid.gov.vn',
      '7:42 /anh/man-hinh.png',
    ]);
  });

  it('accepts an escaped brace and a query string with an ampersand', async () => {
    const { errors } = await readMdxBody('Viết \\{ và \\} như chữ; [tra cứu](https://dichvucong.gov.vn/p/home?a=1&b=2).', FILE);
    expect(errors).toEqual([]);
  });
});
