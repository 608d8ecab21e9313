import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBodyGlossaryLinks } from '../../src/glossary/body-glossary-links.ts';
import { createGlossaryLinksPlugin } from '../../src/glossary/create-glossary-links-plugin.ts';

const GLOSSARY = `- id: vneid
  term: VNeID
  definition: Ứng dụng định danh điện tử.
- id: muc-2
  term: Định danh điện tử mức 2
  aliases: [VNeID mức 2]
  definition: Tài khoản đã được công an xác minh.
- id: ho-so
  term: Hồ sơ
  definition: Các giấy tờ nộp cho cơ quan.
- id: ho-so-dien-tu
  term: Hồ sơ điện tử
  definition: Hồ sơ nộp trên mạng.
- id: otp
  term: Mã OTP
  aliases: [OTP]
  definition: Mã dùng một lần.
`;

/** What the guide page itself links before the body: nothing here unless a test says so. */
const NO_FIELDS = { summary: 'Làm thủ tục trên mạng.', audience: 'Mọi người.', before: ['Điện thoại có mạng'], documents: [], steps: [{ title: 'Mở', detail: 'Mở trang.' }], fee: 'Không.', processingTime: 'Ngay.', result: 'Giấy.' };

let contentDir: string;
beforeAll(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-glossary-plugin-'));
  await mkdir(path.join(contentDir, 'guides'));
  await writeFile(path.join(contentDir, 'glossary.yaml'), GLOSSARY);
});

/** The body as HTML after the plugin, compiled as the file `folder/x.mdx` of the content folder. */
async function render(body: string, { folder = 'guides', frontmatter = NO_FIELDS as Record<string, unknown> } = {}): Promise<string> {
  const { html } = await markdownToHtml(body, {
    hastPlugins: [createGlossaryLinksPlugin(contentDir)],
    fileURL: pathToFileURL(path.join(contentDir, folder, 'x.mdx')),
    // As Astro's MDX processor passes it (@astrojs/markdown-satteri, mdx/create-processor.js).
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return html.trim();
}

describe('the glossary links plugin for MDX bodies', () => {
  it('links the first use of a term in the body to its glossary entry, and only the first', async () => {
    expect(await render('Cài VNeID trên điện thoại. Mở VNeID mỗi khi nộp.')).toBe(
      '<p>Cài <a href="/thuat-ngu/#vneid" class="term-link">VNeID</a> trên điện thoại. Mở VNeID mỗi khi nộp.</p>',
    );
  });

  it('takes the longest term: "hồ sơ điện tử" links to its own entry, not to "hồ sơ"', async () => {
    expect(await render('Nộp hồ sơ điện tử trên Cổng.')).toBe('<p>Nộp <a href="/thuat-ngu/#ho-so-dien-tu" class="term-link">hồ sơ điện tử</a> trên Cổng.</p>');
  });

  it('never links inside headings, links or code, and links the next plain use instead', async () => {
    const html = await render('## VNeID là gì?\n\nXem [trang VNeID](https://vneid.gov.vn) và gõ `VNeID`.\n\nMở **VNeID** ra.');
    expect(html).toContain('<h2>VNeID là gì?</h2>');
    expect(html).toContain('<a href="https://vneid.gov.vn">trang VNeID</a>');
    expect(html).toContain('<code>VNeID</code>');
    expect(html).toContain('<strong><a href="/thuat-ngu/#vneid" class="term-link">VNeID</a></strong>');
  });

  it('leaves a term the guide\'s fields already link (they come first on the page) plain in the body', async () => {
    const frontmatter = { ...NO_FIELDS, before: ['Tài khoản VNeID mức 2'] };
    expect(await render('Có VNeID mức 2 thì nộp được. Cài VNeID.', { frontmatter })).toBe(
      '<p>Có VNeID mức 2 thì nộp được. Cài <a href="/thuat-ngu/#vneid" class="term-link">VNeID</a>.</p>',
    );
  });

  it('keeps an author\'s own glossary link as the first use, and turns a second one back into text', async () => {
    const html = await render('Không đọc mã OTP cho ai. Nhập [mã OTP](/thuat-ngu/#otp) tự tay, không gửi [OTP](/thuat-ngu/#otp).');
    expect(html).toBe('<p>Không đọc mã OTP cho ai. Nhập <a href="/thuat-ngu/#otp" class="term-link">mã OTP</a> tự tay, không gửi OTP.</p>');
  });

  it('tells the page every entry linked up to the end of the body, fields first, for the help box below it', async () => {
    const frontmatter: Record<string, unknown> = { ...NO_FIELDS, summary: 'Nộp hồ sơ điện tử bằng VNeID.' };
    await render('Không đọc mã OTP cho ai.', { frontmatter });
    expect(getBodyGlossaryLinks(frontmatter)).toEqual(['ho-so-dien-tu', 'vneid', 'otp']);
  });

  it('links content pages too, and leaves MDX files outside the content folder alone', async () => {
    expect(await render('Cài VNeID.', { folder: 'pages', frontmatter: { title: 'Hỗ trợ' } })).toContain('class="term-link"');
    expect(await render('Cài VNeID.', { folder: '../elsewhere' })).toBe('<p>Cài VNeID.</p>');
  });
});
