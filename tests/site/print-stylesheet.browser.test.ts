import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { formatDate } from '../../src/format/format-date.ts';
import { absoluteUrl, routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPdfText } from '../helpers/pdf.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

const site = getBuiltSite();
let browser: Browser;

beforeAll(async () => {
  browser = await getTestBrowser();
});
afterAll(() => releaseTestBrowser(browser));

describe('printing a guide from the browser', () => {
  it('gives A4 pages with the guide, its address and reviewed date, and no navigation', async () => {
    const content = await loadContent(site.contentDir);
    const guide = content.guides[0]!;
    const page = await browser.newPage();
    await page.goto(site.url + routes.guide(guide.slug));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const text = (await readPdfText(pdf)).join(' ');
    expect(text).toContain(guide.title);
    for (const step of guide.steps) expect(text).toContain(step.title);
    expect(text).toContain(absoluteUrl(content.site.url, routes.guide(guide.slug)));
    expect(text).toContain(`kiểm tra ngày ${formatDate(guide.reviewed)}`);
    for (const navigation of ['Bỏ qua, đến nội dung chính', 'Thuật ngữ', 'Tải tờ gấp', 'In ấn và phát thanh']) expect(text).not.toContain(navigation);
    // A4 portrait: 595 × 842 pt.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
  });

  it('puts the office and its hotline on page 1 and prints where each link goes', async () => {
    const content = await loadContent(site.contentDir);
    const page = await browser.newPage();
    // One guide per channel (its start link differs), the one citing most sources: the print
    // stylesheet is the same for every guide, and printing each took a second.
    const byChannel = new Map<string, (typeof content.guides)[number]>();
    for (const guide of content.guides) {
      const kept = byChannel.get(guide.channel);
      if (!kept || guide.sources.length > kept.sources.length) byChannel.set(guide.channel, guide);
    }
    expect(byChannel.size).toBeGreaterThan(1);
    for (const guide of byChannel.values()) {
      await page.goto(site.url + routes.guide(guide.slug));
      await page.emulateMedia({ media: 'print' });
      const pages = (await readPdfText(await page.pdf({ preferCSSPageSize: true, printBackground: false }))).map((text) => text.replace(/\s+/g, ' '));
      expect(pages[0], guide.slug).toContain(content.site.office);
      expect(pages[0]).toContain(content.site.support.hotline);
      const text = pages.join(' ').replace(/\s+/g, '');
      for (const source of guide.sources) expect(text).toContain(`(${source.url})`);
      const start = guide.channel === 'vneid' ? content.site.vneid.url : content.site.portal.url;
      expect(text).toContain(`(${start})`);
      expect(text).toContain(`(${absoluteUrl(content.site.url, routes.help)})`);
    }
    await page.close();
  });

  it('keeps the step numbers visible when the browser prints without background graphics', async () => {
    const content = await loadContent(site.contentDir);
    const page = await browser.newPage();
    await page.goto(site.url + routes.guide(content.guides[0]!.slug));
    await page.emulateMedia({ media: 'print' });
    const numbers = await page.locator('ol.steps > li').evaluateAll((items) =>
      items.map((li) => {
        const style = getComputedStyle(li, '::before');
        return { content: style.content, color: style.color, border: style.borderTopWidth, background: style.backgroundColor };
      }),
    );
    expect(numbers.length).toBe(content.guides[0]!.steps.length);
    for (const number of numbers) {
      expect(number.content).toMatch(/counter\(step\)/);
      // Dark ink on white paper, framed by a border: nothing depends on a background colour.
      expect(number.color).toBe('rgb(0, 0, 0)');
      expect(parseFloat(number.border)).toBeGreaterThan(0);
      expect(number.background).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
    await page.close();
  });
});
