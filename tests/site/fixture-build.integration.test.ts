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

  it('reports progress and the time of every stage', () => {
    for (const stage of ['content', 'lint', 'site', 'search']) expect(lines.some((line) => line.startsWith(`  ${stage}: `))).toBe(true);
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

  it('links "VNeID" to the glossary where the page first uses it, and only there', async () => {
    const { document } = await readPage(outDir, routes.guide('dang-ky-khai-sinh'));
    const links = [...document.querySelectorAll('a.term-link')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).toEqual([['VNeID', `${routes.glossary}#vneid`]]);
    // The first use is in the first step, the documents list before it names no glossary term.
    expect(links[0]!.closest('ol.steps')).not.toBeNull();
  });

  it('calls the fixture office\'s hotline and starts on the portal and in VNeID (channel: ca-hai)', async () => {
    const { document } = await readPage(outDir, routes.guide('dang-ky-khai-sinh'));
    const hrefs = [...document.querySelectorAll('.actions a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://dichvucong.gov.vn', 'https://vneid.gov.vn', 'tel:02083000000']);
  });
});
