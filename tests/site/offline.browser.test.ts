import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../../src/bench/chromium.ts';
import { loadContent, type Guide } from '../../src/content/load-content.ts';
import { routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage, textOf } from '../helpers/read-html.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

const site = getBuiltSite();
let browser: Browser;
let context: BrowserContext;
let page: Page;
let guides: Guide[];
let offlineHeading: string;

/** One visit with signal, then no signal: the service worker has saved the site by the time it is active. */
beforeAll(async () => {
  guides = (await loadContent(site.contentDir)).guides;
  offlineHeading = textOf((await readPage(site.dir, routes.offline)).document.querySelector('h1'));
  browser = await getTestBrowser();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  await page.goto(site.url + routes.guide(guides[0]!.slug));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
});
afterAll(() => releaseTestBrowser(browser));

const heading = () => page.locator('h1').textContent().then((text) => (text ?? '').trim());

describe('with signal, once the service worker is active', () => {
  it('a page it has not saved still comes from the network, not the offline page', async () => {
    const printHeading = textOf((await readPage(site.dir, routes.print)).document.querySelector('h1'));
    await page.goto(site.url + routes.print);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await heading()).toBe(printHeading);
    expect(printHeading).not.toBe(offlineHeading);
  });
});

describe('without signal, after one visit', () => {
  beforeAll(async () => {
    await page.goto(site.url + routes.guide(guides[0]!.slug));
    await context.setOffline(true);
  });
  it('a reload of the guide shows the guide, not the browser error page', async () => {
    await page.reload();
    expect(await heading()).toBe(guides[0]!.title);
  });

  it('every other guide, the glossary and help open too', async () => {
    for (const guide of guides.slice(1)) {
      await page.goto(site.url + routes.guide(guide.slug));
      expect(await heading()).toBe(guide.title);
    }
    for (const path of [routes.glossary, routes.help]) {
      const saved = textOf((await readPage(site.dir, path)).document.querySelector('h1'));
      await page.goto(site.url + path);
      expect(await heading()).toBe(saved);
    }
  });

  it('a page the phone has not saved shows the Vietnamese offline page with links to the saved guides', async () => {
    expect(offlineHeading).toBe('Chưa có mạng');
    await page.goto(site.url + routes.print);
    expect(await heading()).toBe(offlineHeading);
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    for (const guide of guides) expect(links).toContain(routes.guide(guide.slug));
  });

  it('search answers over the saved guides', async () => {
    const guide = guides.at(-1)!;
    await page.goto(site.url + routes.search);
    await page.locator('#q').fill(guide.title);
    await page.locator('#search-results li > a').first().waitFor();
    const hrefs = await page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(routes.guide(guide.slug));
  });
});
