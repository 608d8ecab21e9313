import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { SITE_VARIANTS } from '../helpers/site-variants.ts';
import { readPage, textOf } from '../helpers/read-html.ts';

// A second, small content folder built end to end: real contacts (no `sample`), one commune.
// The shared "fixture" site is built with the strict content linter on a fixed day
// (site-variants.ts): the fixtures must stay lint-clean, or it does not build.
const fixture = getBuiltSite('fixture');
const outDir = fixture.dir;
const lines = fixture.log;

describe('building a small fixture content folder', () => {
  it('is built from the fixture folder with the strict content linter', () => {
    expect(SITE_VARIANTS.fixture).toMatchObject({ contentDir: FIXTURE_CONTENT, strictLint: true });
  });

  it('reports progress and the time of every stage, in Vietnamese', () => {
    for (const stage of ['Đọc nội dung', 'Soát chữ trong nội dung', 'Trang web', 'Chỉ mục tìm kiếm']) {
      expect(lines, stage).toContain(`▸ ${stage}…`);
      expect(lines.some((line) => new RegExp(`^  ${stage}: \\d+\\.\\d giây$`).test(line)), stage).toBe(true);
    }
  });

  it('makes one page per guide in the folder, and no others', async () => {
    const guides = (await readdir(path.join(FIXTURE_CONTENT, 'guides'))).map((file) => file.replace('.mdx', '')).sort();
    const built = (await readdir(path.join(outDir, 'huong-dan'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(built).toEqual(guides);
  });

  it('prints no "MẪU" mark anywhere when the contacts are real', async () => {
    const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    for (const page of pages) expect(await readFile(path.join(outDir, page), 'utf8'), page).not.toContain('MẪU');
  });

  it('shows the office named in this folder, not the default one', async () => {
    const { document } = await readPage(outDir, routes.home);
    expect(textOf(document.querySelector('footer'))).toContain('Văn phòng thử nghiệm');
  });
});

describe('a fixture guide page', () => {
  it('links the VNeID item of "what you need first" to the VNeID guide and shows the 60-day deadline in the facts', async () => {
    const { document } = await readPage(outDir, routes.guide('dang-ky-khai-sinh'));
    const item = [...document.querySelectorAll('#can-co-truoc ~ ul > li')].find((li) => textOf(li).startsWith('Tài khoản VNeID mức 2 của cha hoặc mẹ'));
    expect(item?.querySelector('a')?.getAttribute('href')).toBe(routes.guide('tai-khoan-vneid'));
    expect(textOf(item?.querySelector('a'))).toBe('xem cách làm: Đăng ký tài khoản VNeID mức 2');
    expect(textOf(document.querySelector('.facts .deadline'))).toBe('Thời hạn phải làm: Trong 60 ngày kể từ ngày sinh của con.');
  });

  it('links "VNeID" where the page first uses it, in a step, "mã OTP" in the MDX body and the service centre in the help box, each only there', async () => {
    const { document } = await readPage(outDir, routes.guide('dang-ky-khai-sinh'));
    const links = [...document.querySelectorAll('a.term-link')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['VNeID', `${routes.glossary}#vneid`],
      ['mã OTP', `${routes.glossary}#otp`],
      ['Trung tâm Phục vụ hành chính công', `${routes.glossary}#trung-tam-phuc-vu-hanh-chinh-cong`],
    ]);
    // The help box comes after the body, which linked "mã OTP" already.
    expect(links[2]!.closest('[aria-labelledby="ho-tro"]')).not.toBeNull();
    expect(textOf(links[2]!.closest('p'))).toBe('Trung tâm Phục vụ hành chính công của xã. Cán bộ không bao giờ hỏi mã OTP.');
    // The first use of VNeID is in the first step: the documents list before it names no glossary term.
    expect(links[0]!.closest('ol.steps')).not.toBeNull();
    // "mã OTP" is only in the body, under "Cẩn thận lừa đảo"; the body's later VNeID stays plain text.
    expect(textOf(links[1]!.closest('p'))).toMatch(/^Không ai được gọi điện xin mã OTP để .làm giấy khai sinh hộ.\.$/);
    expect(links[1]!.closest('section.more')).not.toBeNull();
    const intro = document.querySelector('section.more > p');
    expect(textOf(intro)).toContain('cũng xem được trong VNeID.');
    expect(intro!.querySelector('a')).toBeNull();
    expect(document.querySelectorAll(`a[href^="${routes.glossary}#"]:not(.term-link)`)).toHaveLength(0);
  });

  it('calls the fixture office\'s hotline and starts on the portal and in VNeID (channel: ca-hai)', async () => {
    const { document } = await readPage(outDir, routes.guide('dang-ky-khai-sinh'));
    const hrefs = [...document.querySelectorAll('.actions a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://dichvucong.gov.vn', 'https://vneid.gov.vn', 'tel:02083000000']);
  });
});
