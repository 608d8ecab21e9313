import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/bench/chromium.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { formatDate } from '../../src/format/format-date.ts';
import { absoluteUrl, routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPdfText } from '../helpers/pdf.ts';

const site = getBuiltSite();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

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
});
