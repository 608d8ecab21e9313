import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../../src/bench/chromium.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

const site = getBuiltSite();
let browser: Browser;
let page: Page;
let content: Content;

beforeAll(async () => {
  content = await loadContent(site.contentDir);
  browser = await getTestBrowser();
  // The service worker is tested on its own (offline.browser.test.ts): here it would save every guide beside the test.
  page = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
});
afterAll(() => releaseTestBrowser(browser));

/** Height, line count of the phone number, and href of each button in the actions row. */
async function readButtons() {
  return page.locator('.actions a').evaluateAll((links) =>
    links.map((link) => {
      const number = link.querySelector('.number');
      const lineHeight = number ? parseFloat(getComputedStyle(number).lineHeight) : 0;
      return {
        text: (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: link.getAttribute('href') ?? '',
        height: link.getBoundingClientRect().height,
        numberLines: number ? Math.round(number.getBoundingClientRect().height / lineHeight) : 0,
        top: link.getBoundingClientRect().top,
      };
    }),
  );
}

describe('the buttons near the top of a guide at 360×740', () => {
  it('calls the hotline from site.yaml with a tel: link of its digits, at least 48 px tall, the number on one line', async () => {
    const hotlineDigits = content.site.support.hotline.replace(/\D/g, '');
    for (const guide of content.guides) {
      await page.goto(site.url + routes.guide(guide.slug));
      const call = (await readButtons()).find((button) => button.href.startsWith('tel:'));
      expect(call, guide.slug).toBeDefined();
      expect(call!.href).toBe(`tel:${hotlineDigits}`);
      expect(call!.text).toContain('Gọi hỗ trợ');
      expect(call!.text).toContain(content.site.support.hotline);
      expect(call!.height).toBeGreaterThanOrEqual(48);
      expect(call!.numberLines).toBe(1);
      // Right under the title, above everything else in the guide (the issue found it on screen 7 of 9).
      const firstSection = await page.locator('main h2').first().evaluate((h2) => h2.getBoundingClientRect().top);
      const summary = await page.locator('main .lead').evaluate((p) => p.getBoundingClientRect().top);
      expect(call!.top).toBeLessThan(Math.min(firstSection, summary));
    }
  });

  it('starts the procedure where the guide says it is filed: the portal, the VNeID app, or both', async () => {
    const expected = { dichvucong: [content.site.portal.url], vneid: [content.site.vneid.url], 'ca-hai': [content.site.portal.url, content.site.vneid.url] };
    for (const guide of content.guides) {
      await page.goto(site.url + routes.guide(guide.slug));
      const starts = (await readButtons()).filter((button) => !button.href.startsWith('tel:'));
      expect(starts.map((button) => button.href), guide.slug).toEqual(expected[guide.channel]);
      for (const button of starts) {
        expect(button.text).toMatch(/^Làm trên (Cổng Dịch vụ công|ứng dụng VNeID)$/);
        expect(button.height).toBeGreaterThanOrEqual(48);
      }
    }
  });
});

describe('what a shared link shows', () => {
  it('every guide names a 1200×630 PNG share card as og:image, with twitter:card summary_large_image', async () => {
    for (const guide of content.guides) {
      await page.goto(site.url + routes.guide(guide.slug));
      const meta = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('meta[property], meta[name]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')])),
      );
      expect(meta['og:title']).toBe(guide.title);
      expect(meta['og:description']).toBe(guide.summary);
      expect(meta['og:url']).toBe(new URL(routes.guide(guide.slug), content.site.url).href);
      expect(meta['twitter:card']).toBe('summary_large_image');
      const image = new URL(meta['og:image']!);
      // Absolute, on the site's own address (apps fetch it from there), served by this build.
      expect(image.origin).toBe(new URL(content.site.url).origin);
      const response = await page.request.get(site.url + image.pathname);
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);
    }
  });

  it('has a favicon, an apple-touch icon and a web app manifest with a Vietnamese name, all served', async () => {
    await page.goto(site.url + routes.home);
    const links = await page.evaluate(() => [...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')].map((l) => [l.getAttribute('rel'), l.getAttribute('href')]));
    expect(links.map(([rel]) => rel)).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon', 'manifest']));
    for (const [, href] of links) expect((await page.request.get(site.url + href)).status(), href!).toBe(200);
    const touch = await (await page.request.get(site.url + links.find(([rel]) => rel === 'apple-touch-icon')![1])).body();
    expect([touch.readUInt32BE(16), touch.readUInt32BE(20)]).toEqual([180, 180]);
    const manifest = await (await page.request.get(site.url + links.find(([rel]) => rel === 'manifest')![1])).json();
    expect(manifest.lang).toBe('vi');
    expect(manifest.name).toBe(content.site.title);
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await page.request.get(site.url + icon.src)).status(), icon.src).toBe(200);
  });
});
