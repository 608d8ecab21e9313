import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

/** The build's message for the fixture content edited by `edits`, with the temp folder name taken out. */
async function errorFor(edits: Parameters<typeof copyContent>[0]): Promise<string> {
  const dir = await copyContent(edits);
  const error = await loadContent(dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ContentErrors);
  return (error as Error).message.replace(/[^\s]*dvc-kit-content-[^/]+/g, '<content>');
}

describe('results files in a content folder', () => {
  it('keeps a site.yaml without `results:` valid, with the 80% and 95% targets', async () => {
    const content = await loadContent(FIXTURE_CONTENT);
    expect(content.site.results).toEqual({ targets: { online: 80, onTime: 95, communes: {} }, sample: false });
  });

  it('stops the build on a bad cell, naming the file, row, column and fix, with the other problems', async () => {
    const message = await errorFor({
      'results/2025.csv': (text) => text.replace('2025-03,xa-thu,210,130', '2025-03,xa-thu,210,300'),
      'results/2026.csv': (text) => text.replace('2;2026-02;xã Thử;200', '2;2026-02;xã Ba;200'),
    });
    expect(message).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi; chưa dựng gì.

      <content>/results/2025.csv → dòng 4, cột D “Trực tuyến”: 300 hồ sơ “Trực tuyến” nhiều hơn 210 hồ sơ “Tiếp nhận” (cột C)
        Cách sửa: “Trực tuyến” là một phần của “Tiếp nhận”, nên không thể lớn hơn: kiểm tra lại hai ô này.

      <content>/results/2026.csv → dòng 3, cột C “Xã”: là “xã Ba”, không phải xã nào trong content/communes/
        Cách sửa: ghi tên tệp của xã (không có .yaml) hoặc tên xã: xa-thu; xã mới thì thêm content/communes/<tên-xã>.yaml."
    `);
  });

  it('refuses the same month for a commune in two files', async () => {
    const message = await errorFor({ 'results/2026-bo-sung.csv': () => 'Tháng,Xã,Tiếp nhận,Trực tuyến,Toàn trình,Đúng hạn,Thanh toán trực tuyến\n2026-02,xa-thu,1,1,1,1,1\n' });
    expect(message).toContain('<content>/results/2026.csv → dòng 3, cột B “Tháng”: xã xa-thu, tháng 2026-02 đã có ở <content>/results/2026-bo-sung.csv dòng 2');
  });

  it('refuses a target for a commune that does not exist', async () => {
    const message = await errorFor({ 'site.yaml': (text) => `${text}results:\n  targets:\n    communes:\n      xa-khac:\n        online: 70\n` });
    expect(message).toContain('<content>/site.yaml → results.targets.communes.xa-khac: Đặt chỉ tiêu cho "xa-khac", không phải xã nào.');
  });

  it('refuses a target over 100%', async () => {
    const message = await errorFor({ 'site.yaml': (text) => `${text}results:\n  targets:\n    online: 180\n` });
    expect(message).toContain('<content>/site.yaml → results.targets.online: Trường `results.targets.online` phải là tỷ lệ phần trăm từ 0 đến 100.');
  });
});
