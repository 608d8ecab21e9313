import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../../src/bench/chromium.ts';
import { resultsFiles, routes } from '../../src/paths.ts';
import { findAxeViolations, openLoaded } from '../helpers/browser-page.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { readPage, textOf } from '../helpers/read-html.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

// The shared fixture build (its figures are real: no MẪU), and the shared example build
// (sample figures) for the accessibility check of both variants.
const XA_THU = { kind: 'commune', slug: 'xa-thu' } as const;
const { dir: outDir, url: fixtureUrl } = getBuiltSite('fixture');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await getTestBrowser();
  // bypassCSP: axe-core is injected as an inline script, which the site's policy rightly blocks.
  page = await browser.newPage({ ...PHONE, bypassCSP: true, serviceWorkers: 'block' });
});
afterAll(() => releaseTestBrowser(browser));

describe('results pages in the fixture build', () => {
  it('makes one results page per commune in the fixture', async () => {
    const communes = (await readdir(path.join(FIXTURE_CONTENT, 'communes'))).map((file) => file.replace('.yaml', '')).sort();
    const pages = (await readdir(path.join(outDir, 'ket-qua', 'xa'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(pages).toEqual(communes);
    for (const slug of communes) expect((await stat(path.join(outDir, resultsFiles.page({ kind: 'commune', slug }), 'index.html'))).isFile()).toBe(true);
  });

  it('gives every chart a title and description, and a data table with a caption beside it', async () => {
    for (const sitePath of [routes.results, resultsFiles.page(XA_THU)]) {
      const { document } = await readPage(outDir, sitePath);
      const figures = [...document.querySelectorAll('figure.chart-with-table')];
      expect(figures.length, sitePath).toBeGreaterThanOrEqual(2);
      for (const figure of figures) {
        const svg = figure.querySelector('svg')!;
        expect(svg.getAttribute('role')).toBe('img');
        const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(textOf(svg.querySelector(`title#${titleId}`))).not.toBe('');
        expect(textOf(svg.querySelector(`desc#${descId}`))).not.toBe('');
        const table = figure.querySelector('table')!;
        expect(textOf(table.querySelector('caption'))).not.toBe('');
        expect(table.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
      }
    }
  });

  it("shows the commune's month against last year's and lists its registered procedures", async () => {
    const { document } = await readPage(outDir, resultsFiles.page(XA_THU));
    const comparison = [...document.querySelectorAll('table')].find((table) => textOf(table.querySelector('caption')).includes('năm 2025'))!;
    const cells = (row: Element) => [...row.children].map((cell) => textOf(cell)).join(' ');
    // February 2026: 170 of 200 (85,0%); February 2025: 108 of 180 (60,0%).
    expect([...comparison.querySelectorAll('tbody tr')].map(cells)).toContain('Tháng 2 85,0% 60,0% +25,0');
    const procedures = [...document.querySelectorAll('table')].find((table) => textOf(table.querySelector('caption')).startsWith('Các thủ tục'))!;
    // dang-ky-khai-sinh in January and February 2026: 20 + 25 received, 15 + 20 online.
    expect([...procedures.querySelectorAll('tbody tr')].map(cells)).toContain('Đăng ký khai sinh cho con trên mạng 45 35 77,8%');
  });

  it('links only to files the build wrote: the CSV, the reports and the monthly items', async () => {
    for (const sitePath of [routes.results, resultsFiles.page(XA_THU)]) {
      const { document } = await readPage(outDir, sitePath);
      const links = [...document.querySelectorAll('main a[href^="/ket-qua/"]')].map((a) => a.getAttribute('href')!).filter((href) => /\.(csv|pdf|txt)$/.test(href));
      expect(links.length, sitePath).toBeGreaterThan(0);
      for (const href of links) expect((await stat(path.join(outDir, href))).size, href).toBeGreaterThan(0);
    }
    const { document } = await readPage(outDir, resultsFiles.page(XA_THU));
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(resultsFiles.item('2026-02', XA_THU));
  });
});

/** axe-core's WCAG 2.2 AA and best-practice rules on a page; the violations as text. */
async function getViolations(url: string): Promise<string[]> {
  const response = await openLoaded(page, url);
  expect(response?.status(), url).toBe(200);
  return findAxeViolations(page);
}

describe('results pages in Chromium at 360×740', () => {
  const sample = getBuiltSite();
  const pages = (): [string, string][] => [
    ['fixture overview', fixtureUrl + routes.results],
    ['fixture commune', fixtureUrl + resultsFiles.page(XA_THU)],
    ['sample overview', sample.url + routes.results],
    ['sample commune', sample.url + resultsFiles.page({ kind: 'commune', slug: 'phu-dinh' })],
  ];

  it('has no axe-core violations on the charts, tables or anything else', async () => {
    const found: string[] = [];
    for (const [name, url] of pages()) found.push(...(await getViolations(url)).map((violation) => `${name}: ${violation}`));
    expect(found).toEqual([]);
  });

  it('keeps wide tables inside the phone screen, scrolling in a region the keyboard can reach', async () => {
    for (const [name, url] of pages()) {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(PHONE.viewport.width);
      const region = page.locator('.table-scroll').first();
      await region.focus();
      expect(await region.evaluate((element) => getComputedStyle(element).outlineStyle), name).not.toBe('none');
    }
  });

  it('says MẪU on the sample figures and nowhere on the real ones', async () => {
    await page.goto(sample.url + routes.results);
    expect(await page.locator('.results-sample').textContent()).toContain('MẪU');
    await page.goto(fixtureUrl + routes.results);
    expect(await page.locator('body').textContent()).not.toContain('MẪU');
  });
});
