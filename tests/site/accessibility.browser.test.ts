import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastFiles, getEditionCataloguePath, routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { PHONE } from '../../src/bench/chromium.ts';
import { findAxeViolations, openLoaded } from '../helpers/browser-page.ts';
import { readPage } from '../helpers/read-html.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

const site = getBuiltSite();
let browser: Browser;
let page: Page;
let guidePath: string;

beforeAll(async () => {
  browser = await getTestBrowser();
  // axe-core is injected as an inline script, which the site's CSP rightly blocks; the test tool
  // bypasses it. The service worker is tested on its own (offline.browser.test.ts).
  page = await browser.newPage({ ...PHONE, bypassCSP: true, serviceWorkers: 'block' });
  const { document } = await readPage(site.dir, routes.guides);
  guidePath = document.querySelector('.card-list a')!.getAttribute('href')!;
});
afterAll(() => releaseTestBrowser(browser));

const slugOf = (path: string) => path.split('/').filter(Boolean).at(-1)!;
/** A commune of the example content fixture. */
const COMMUNE = 'phu-dinh';

/** One page of each type the site has. */
const pageTypes = (): [string, string][] => [
  ['home', routes.home],
  ['guide list', routes.guides],
  ['guide', guidePath],
  ['glossary', routes.glossary],
  ['help', routes.help],
  ['why go online', routes.why],
  ['search with results', `${routes.search}?q=vneid`],
  ['not found', '/khong-co-trang-nay/'],
  ['offline', routes.offline],
  ['print kit', routes.print],
  ['broadcast kit', routes.broadcast],
  ['announcer script', broadcastFiles.page(slugOf(guidePath), 'tin')],
  ['read-aloud tool', routes.readAloud],
  ['commune', routes.commune(COMMUNE)],
  ['print kit of a commune', getEditionCataloguePath(routes.print, { kind: 'commune', slug: COMMUNE })],
  ['broadcast kit of a commune', getEditionCataloguePath(routes.broadcast, { kind: 'commune', slug: COMMUNE })],
];

/** Opens a page and checks it exists (only the not-found page may answer 404). */
async function open(path: string) {
  const response = await openLoaded(page, site.url + path);
  expect(response?.status(), path).toBe(path === '/khong-co-trang-nay/' ? 404 : 200);
}

describe('accessibility at 360×740', () => {
  /** What each page type shows, measured on one visit per page (three visits per page took ~3× as long). */
  const measured: { name: string; path: string; size: number; width: number; violations: string[] }[] = [];
  beforeAll(async () => {
    for (const [name, path] of pageTypes()) {
      await open(path);
      // Measured before axe is injected, so the page is exactly what a citizen gets.
      const { size, width } = await page.evaluate(() => ({
        size: parseFloat(getComputedStyle(document.body).fontSize),
        width: document.documentElement.scrollWidth,
      }));
      const violations = await findAxeViolations(page);
      measured.push({ name, path, size, width, violations });
    }
  });

  it('axe-core finds no violations on any page type', () => {
    expect(measured).toHaveLength(pageTypes().length);
    const found = measured.flatMap(({ name, path, violations }) => violations.map((violation) => `${name} (${path}) ${violation}`));
    expect(found).toEqual([]);
  });

  it('sets body text at 18 px or more on every page type', () => {
    expect(measured).toHaveLength(pageTypes().length);
    for (const { name, size } of measured) expect(size, name).toBeGreaterThanOrEqual(18);
  });

  it('never makes the page wider than the phone', () => {
    expect(measured).toHaveLength(pageTypes().length);
    for (const { name, width } of measured) expect(width, name).toBeLessThanOrEqual(PHONE.viewport.width);
  });
});

describe('keyboard', () => {
  it.each([['guide', () => guidePath], ['search', () => `${routes.search}?q=vneid`], ['home', () => routes.home]])(
    'reaches every control on the %s page with Tab, each with a visible focus',
    async (_name, path) => {
      await open(path());
      // Tab stops: a radio group is one stop (arrow keys move within it, HTML § 4.10.5.1.16).
      const controls = await page.evaluate(() => document.querySelectorAll('a[href], button, input:not([type=radio]), textarea, select, summary').length
        + new Set([...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((radio) => radio.name)).size);
      const seen = new Set<string>();
      for (let i = 0; i < controls + 1; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const visible = style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2);
          const index = [...document.querySelectorAll('*')].indexOf(element);
          return { key: `${element.tagName}#${index}`, visible, label: element.textContent?.trim().slice(0, 40) ?? '' };
        });
        if (!focus) continue;
        expect(focus.visible, `focus on "${focus.label}" is not visible`).toBe(true);
        seen.add(focus.key);
      }
      expect(seen.size).toBe(controls);
    },
  );
});

describe('what a phone shows', () => {
  it('takes a phone-size screenshot of a guide page for review', async () => {
    await open(guidePath);
    await mkdir('.vitest-out', { recursive: true });
    const shot = await page.screenshot({ path: '.vitest-out/guide-360x740.png', fullPage: false });
    // A PNG of 360×740 CSS px at 2× density.
    expect(shot.subarray(1, 4).toString()).toBe('PNG');
    expect(shot.readUInt32BE(16)).toBe(720);
    expect(shot.readUInt32BE(20)).toBe(1480);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('h1').boundingBox().then((box) => box!.y < 740)).toBe(true);
  });
});
