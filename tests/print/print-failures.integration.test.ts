import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/content/content-error.ts';
import { displayPath } from '../../src/content/content-dir.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { printFiles } from '../../src/paths.ts';
import { buildPrintKit } from '../../src/print/build-print-kit.ts';
import { copyContentWithGuide, makeTempDir, TEST_GUIDE } from './fixtures.ts';
import { getPageText, normalise, withPdf } from '../helpers/pdf.ts';

const temp: string[] = [];
afterEach(async () => {
  await Promise.all(temp.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Builds only the office leaflet of the test guide from a content folder; returns the error message with temp paths masked. */
async function buildLeaflet(contentDir: string): Promise<string> {
  const dist = await makeTempDir('dist');
  temp.push(contentDir, dist);
  const content = await loadContent(contentDir);
  await buildPrintKit(content, dist, () => {}, { filter: (entry) => entry.path === printFiles.leaflet(TEST_GUIDE) });
  return dist;
}

/** Error text with the content folder shown as <content>, wherever the test's copy lives. */
const masked = (error: unknown, dir: string) => String((error as Error).message).replaceAll(`${dir}/`, '<content>/').replaceAll(`${displayPath(dir)}/`, '<content>/');

describe('print build failures', () => {
  it('fails when steps overflow the inside panels at the minimum size, naming the guide, the field and the panel', async () => {
    const long = 'Mở ứng dụng, chọn mục cần làm, điền đủ thông tin theo hướng dẫn trên màn hình rồi kiểm tra lại từng dòng trước khi bấm gửi hồ sơ đi.';
    const dir = await copyContentWithGuide((data) => {
      data.steps = Array.from({ length: 30 }, (_, i) => ({ title: `Bước thử số ${i + 1}`, detail: `${long} ${long}` }));
      data.documents = ['Thẻ căn cước'];
      data.fee = 'Không mất phí.';
      data.processingTime = 'Ba ngày làm việc.';
      data.result = 'Nhận trên VNeID.';
      delete data.print;
    });
    const error = await buildLeaflet(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect(masked(error, dir)).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/guides/dang-ky-tai-khoan-vneid-muc-2.mdx → steps.17.title: Chữ không vừa mặt trong, phần 3 (phần gấp vào) của tờ gấp, kể cả khi thu nhỏ đến cỡ 9,5 pt: còn dài quá 478,2 mm.
        Cách sửa: viết ngắn lại, hoặc ghi cách viết ngắn hơn chỉ dùng cho bản in ở mục \`print: steps:\` trong phần đầu (frontmatter) của hướng dẫn (xem guidePrintSchema trong src/schemas/guide.ts)."
    `);
  });

  it('fails when a printed field has a character Be Vietnam Pro lacks, naming the character and the field', async () => {
    const dir = await copyContentWithGuide((data) => {
      data.title = 'Gọi ☎ để được giúp';
      delete data.print;
    });
    const error = await buildLeaflet(dir).catch((e: unknown) => e);
    expect(masked(error, dir)).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/guides/dang-ky-tai-khoan-vneid-muc-2.mdx → title: Có ký tự "☎" (U+260E) mà phông chữ in Be Vietnam Pro không có, in ra sẽ thành một ô trống.
        Cách sửa: thay bằng chữ, chữ số hoặc dấu câu thông thường, hoặc xóa ký tự đó."
    `);
  });

  it('fails when a QR code would point to a plain http address, saying it is not https', async () => {
    const content = await loadContent(EXAMPLE_CONTENT);
    // The schema only lets https through, so break the loaded model the way a bad edit would.
    content.site.url = 'http://huongdan-dvc.example.com';
    const dist = await makeTempDir('dist');
    temp.push(dist);
    const error = await buildPrintKit(content, dist, () => {}, { filter: (entry) => entry.path === printFiles.leaflet(TEST_GUIDE) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect(masked(error, EXAMPLE_CONTENT)).toMatchInlineSnapshot(`
      "Nội dung có 1 lỗi; chưa dựng gì.

      <content>/site.yaml → url: Mã QR sẽ dẫn tới http://huongdan-dvc.example.com/huong-dan/dang-ky-tai-khoan-vneid-muc-2/, nhưng địa chỉ này là http, không phải https: mã QR chỉ được dẫn tới địa chỉ https.
        Cách sửa: sửa \`url\` để bắt đầu bằng https://."
    `);
  });
});

describe('Vietnamese text', () => {
  it('prints every Vietnamese letter, upper and lower case with all five tones, and extracts it back', async () => {
    const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
    const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    const letters = vowels.flatMap((vowel) => [vowel, ...tones.map((tone) => `${vowel}${tone}`.normalize('NFC'))]);
    const words = [...letters, ...letters.map((letter) => letter.toUpperCase()), 'đ', 'Đ'];
    const line = (from: number) => words.slice(from, from + 24).join(' ');
    const dir = await copyContentWithGuide((data) => {
      data.steps = [0, 24, 48, 72, 96, 120, 144].map((from, i) => ({ title: `Chữ cái ${i + 1}`, detail: line(from) }));
      delete data.print;
    });
    const dist = await buildLeaflet(dir);
    const text = await withPdf(await readFile(path.join(dist, printFiles.leaflet(TEST_GUIDE))), async (pdf) => normalise(await getPageText(pdf, 2)));
    expect(words).toHaveLength(146);
    for (const from of [0, 24, 48, 72, 96, 120, 144]) expect(text).toContain(line(from));
  });
});
