import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/build-all.ts';
import { ContentErrors } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { copyContent } from '../helpers/fixture-content.ts';

/** The message a build prints for content edited by `edits`, with the temp folder name taken out. */
async function errorFor(edits: Parameters<typeof copyContent>[0]): Promise<string> {
  const dir = await copyContent(edits);
  const error = await loadContent(dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ContentErrors);
  return (error as Error).message.replaceAll(dir, '<content>').replace(/[^\s]*dvc-kit-content-[^/]+/g, '<content>');
}

const guide = 'guides/tai-khoan-vneid.mdx';

describe('content that fails the build', () => {
  it('names the file, the field and the fix for a schema error', async () => {
    expect(await errorFor({ [guide]: (t) => t.replace(/^slogan: .*\n/m, '').replace('onlineLevel: mot-phan', 'onlineLevel: muc-do-4') })).toMatchInlineSnapshot(`
      "Nội dung có 2 lỗi; chưa dựng gì.

      <content>/guides/tai-khoan-vneid.mdx → onlineLevel: Trường \`onlineLevel\` đang ghi "muc-do-4", giá trị này không dùng được.
        Cách sửa: ghi một trong các giá trị: "toan-trinh", "mot-phan".

      <content>/guides/tai-khoan-vneid.mdx → slogan: Thiếu trường \`slogan\`.
        Cách sửa: thêm dòng \`slogan: …\` vào tệp; xem một tệp cùng loại trong content/ để biết trường này ghi gì."
    `);

  });

  it('refuses a link in the MDX body that is not https', async () => {
    const message = await errorFor({ [guide]: (t) => `${t}\n[Cổng](http://dichvucong.gov.vn)\n` });
    expect(message).toContain('tai-khoan-vneid.mdx → body (dòng 29:1): Liên kết tới http://dichvucong.gov.vn, không phải địa chỉ https.\n  Cách sửa: dùng địa chỉ https:// của chính trang đó.');
  });

  it('refuses a source in the frontmatter that is not https', async () => {
    const message = await errorFor({ [guide]: (t) => t.replace('url: https://vneid.gov.vn', 'url: http://vneid.gov.vn') });
    expect(message).toContain('tai-khoan-vneid.mdx → sources.0.url: Trường `sources.0.url` phải bắt đầu bằng https://');
  });

  it('refuses links to domains that are not on linkAllowlist, in frontmatter and body', async () => {
    const message = await errorFor({
      [guide]: (t) => t.replace('url: https://vneid.gov.vn', 'url: https://vneid-app.example.com') + '\n<a href="https://bit.ly/abc">tải</a>\n',
    });
    expect(message).toContain('→ sources.0.url: Liên kết tới https://vneid-app.example.com, tên miền không có trong linkAllowlist (thu-nghiem.example.gov.vn, gov.vn, chinhphu.vn)');
    expect(message).toContain('→ body (dòng 29:1): Liên kết tới https://bit.ly/abc, tên miền không có trong linkAllowlist');
    expect(message).toContain('Cách sửa: liên kết tới nguồn chính thống, hoặc thêm tên miền vào linkAllowlist trong <content>/site.yaml nếu cơ quan tin cậy trang đó.');
  });

  it('refuses an internal link to a guide that does not exist', async () => {
    const message = await errorFor({ [guide]: (t) => t.replace('/huong-dan/dang-ky-khai-sinh/', '/huong-dan/khai-sinh/') });
    expect(message).toContain('tai-khoan-vneid.mdx → body (dòng 27:10): Liên kết tới /huong-dan/khai-sinh/, một trang không có.\n  Cách sửa: không có tệp content/guides/khai-sinh.mdx; dùng tên tệp của một hướng dẫn có sẵn');
  });

  it('refuses a commune featuring a guide that does not exist', async () => {
    const message = await errorFor({ 'communes/xa-thu.yaml': (t) => t.replace('  - tra-cuu-ho-so', '  - tra-cuu') });
    expect(message).toContain('communes/xa-thu.yaml → featured.2: Ghi "tra-cuu", không phải hướng dẫn nào.\n  Cách sửa: ghi tên tệp (không có .mdx) của một hướng dẫn trong content/guides/');
  });

  it('refuses any MDX import, which would run code on the build machine', async () => {
    const message = await errorFor({ [guide]: (t) => t.replace('---\n\nXem', "---\nimport Map from '../components/Map.astro'\n\nXem") });
    expect(message).toContain(`tai-khoan-vneid.mdx → body (dòng 26:1): Có lệnh "import Map from '../components/Map.astro'" (import/export chạy mã khi dựng trang).\n  Cách sửa: xóa dòng này;`);
  });

  it('refuses MDX that does not parse, with the line', async () => {
    const message = await errorFor({ [guide]: (t) => `${t}\n<div>\n\nchưa đóng thẻ\n` });
    expect(message).toMatch(/tai-khoan-vneid\.mdx → body: Thân bài không đúng cú pháp MDX: .*closing tag for `<div>`/);
  });

  it('refuses a guide file name that cannot be a web address', async () => {
    const dir = await copyContent({ 'guides/Đăng ký.mdx': () => '' });
    await cp(path.join(dir, 'guides/tai-khoan-vneid.mdx'), path.join(dir, 'guides/Đăng ký.mdx'));
    const message = await loadContent(dir).then(() => '', (e: Error) => e.message);
    expect(message).toContain('Tên tệp "Đăng ký" không dùng làm địa chỉ web được.');
  });

  it('refuses content without the help page text', async () => {
    const dir = await copyContent();
    await rm(path.join(dir, 'pages/ho-tro.mdx'));
    const message = await loadContent(dir).then(() => '', (e: Error) => e.message);
    expect(message).toContain('pages/ho-tro.mdx: Không có tệp này.\n  Cách sửa: tạo tệp này với title, summary và nội dung của trang hỗ trợ');
  });

  it('refuses a date that has the right shape but does not exist', async () => {
    const message = await errorFor({ [guide]: (t) => t.replace('reviewed: 2026-11-20', 'reviewed: 2026-02-30') });
    expect(message).toContain('tai-khoan-vneid.mdx → reviewed: Trường `reviewed` phải là ngày có thật (tháng từ 01 đến 12, ngày có trong tháng đó).');
  });

  it('refuses a site address with a path, which would break every QR code or every link', async () => {
    const message = await errorFor({ 'site.yaml': (t) => t.replace('url: https://thu-nghiem.example.gov.vn', 'url: https://thu-nghiem.example.gov.vn/dvc') });
    expect(message).toContain('site.yaml → url: Trường `url` phải là địa chỉ gốc của tên miền');
  });

  it('refuses an allowlist entry written as an address instead of a domain', async () => {
    const message = await errorFor({ 'site.yaml': (t) => t.replace('  - chinhphu.vn', '  - https://chinhphu.vn/') });
    expect(message).toContain('site.yaml → linkAllowlist.0: Trường `linkAllowlist.0` phải là tên miền trơn như chinhphu.vn (không có https://, không có dấu /).');
  });

  it('refuses a commune featuring the same guide twice', async () => {
    const message = await errorFor({ 'communes/xa-thu.yaml': (t) => t.replace('  - tra-cuu-ho-so', '  - tai-khoan-vneid') });
    expect(message).toContain('communes/xa-thu.yaml → featured: Trường `featured` có một hướng dẫn ghi hai lần');
  });

  it('refuses a content page named like a part of the site the build makes', async () => {
    const message = await errorFor({ 'pages/in-an.mdx': () => '---\ntitle: In\nsummary: Trang in.\n---\n\nChữ.\n' });
    expect(message).toContain('pages/in-an.mdx: Tên tệp trùng với một phần của trang web do bộ công cụ tạo ra (/in-an/)');
  });

  it('refuses a "what you need first" item that names a guide that does not exist, or the guide itself', async () => {
    const khaiSinh = 'guides/dang-ky-khai-sinh.mdx';
    const missing = await errorFor({ [khaiSinh]: (t) => t.replace('guide: tai-khoan-vneid', 'guide: tai-khoan-vneid-muc-2') });
    expect(missing).toContain('dang-ky-khai-sinh.mdx → before.0.guide: Ghi "tai-khoan-vneid-muc-2", không phải hướng dẫn nào.\n  Cách sửa: ghi tên tệp (không có .mdx) của một hướng dẫn trong content/guides/, ví dụ tai-khoan-vneid, tra-cuu-ho-so.');
    const itself = await errorFor({ [khaiSinh]: (t) => t.replace('guide: tai-khoan-vneid', 'guide: dang-ky-khai-sinh') });
    expect(itself).toContain('dang-ky-khai-sinh.mdx → before.0.guide: Trỏ tới chính hướng dẫn này ("dang-ky-khai-sinh")');
  });

  it('refuses a "what you need first" item with a misspelt field or without its text', async () => {
    const message = await errorFor({ 'guides/dang-ky-khai-sinh.mdx': (t) => t.replace('    guide: tai-khoan-vneid', '    huong-dan: tai-khoan-vneid') });
    expect(message).toContain('dang-ky-khai-sinh.mdx → before.0: Trường `before.0` có trường lạ: `huong-dan`');
    const withoutText = await errorFor({ 'guides/dang-ky-khai-sinh.mdx': (t) => t.replace('  - text: Tài khoản VNeID mức 2 của cha hoặc mẹ\n    guide:', '  - guide:') });
    expect(withoutText).toContain('dang-ky-khai-sinh.mdx → before.0.text: Thiếu trường `before.0.text`.');
  });

  it('says an empty file is empty', async () => {
    const message = await errorFor({ 'site.yaml': () => '' });
    expect(message).toContain('site.yaml: Tệp đang trống.\n  Cách sửa: viết nội dung vào tệp');
  });

  it('accepts an empty read-aloud.yaml, whose fields all have defaults', async () => {
    const dir = await copyContent({ 'read-aloud.yaml': () => '# nothing yet\n' });
    expect((await loadContent(dir)).readAloud).toEqual({ abbreviations: [], pronunciations: [], documentTypes: [], issuers: [], webWords: [] });
  });

  it('refuses a content folder without guides/ (a misspelt folder would build an empty kit)', async () => {
    const dir = await copyContent();
    await rename(path.join(dir, 'guides'), path.join(dir, 'guide'));
    const message = await loadContent(dir).then(() => '', (e: Error) => e.message);
    expect(message).toContain('/guides: Không có thư mục này.\n  Cách sửa: tạo thư mục guides/ trong thư mục nội dung (kiểm tra chính tả tên)');
  });

  it('leaves the previous output untouched when the build fails', async () => {
    const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-out-')), 'dist');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'bản cũ');
    const contentDir = await copyContent({ 'communes/xa-thu.yaml': (t) => t.replace('  - tra-cuu-ho-so', '  - tra-cuu') });
    await expect(buildAll({ contentDir, outDir, log: () => {} })).rejects.toBeInstanceOf(ContentErrors);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('bản cũ');
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
  });
});
