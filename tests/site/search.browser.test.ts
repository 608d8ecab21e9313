import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { launchChromium, PHONE } from '../../src/bench/chromium.ts';

const site = getBuiltSite();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // No service worker: it would answer pagefind's requests from its cache, past page.route's simulated failures.
  page = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
});
afterAll(() => browser?.close());

/** Types the query as a person would and returns the results shown. */
async function search(query: string) {
  await page.goto(site.url + routes.search);
  await page.locator('#q').pressSequentially(query, { delay: 10 });
  await page.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(q) ?? false, query);
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    hrefs: await page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    firstMarks: await page.locator('#search-results li').first().locator('mark').allTextContents(),
  };
}

describe('search typed the way people type on a phone', () => {
  it.each([
    ['dang ky khai sinh', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
    ['DANG KY KHAI SINH', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
    ['dăng ký khai sinh', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
    ['ly lich tu phap', '/huong-dan/ly-lich-tu-phap-tren-vneid/', ['lý', 'lịch', 'tư', 'pháp']],
    ['dang ky ket hon', '/huong-dan/dang-ky-ket-hon/', ['kết', 'hôn']],
    ['tam tru', '/huong-dan/dang-ky-tam-tru/', ['tạm', 'trú']],
  ])('"%s" puts %s first, with the words highlighted', async (query, expected, words) => {
    const { status, hrefs, firstMarks } = await search(query);
    expect(hrefs[0]).toBe(expected);
    expect(status).toMatch(new RegExp(`^Tìm thấy \\d+ kết quả cho “${query}”\\.$`));
    const marked = firstMarks.join(' ').toLowerCase();
    for (const word of words) expect(marked).toContain(word);
  });

  it('"dăng ký" finds the guides about registering, with "Đăng ký" highlighted', async () => {
    const { hrefs, firstMarks } = await search('dăng ký');
    expect(hrefs.length).toBeGreaterThan(3);
    expect(firstMarks.map((mark) => mark.toLowerCase())).toContain('đăng');
  });

  it('says so in Vietnamese when nothing matches, with a link to the guide list', async () => {
    const { status, hrefs } = await search('xyzzy');
    expect(hrefs).toEqual([]);
    expect(status).toBe('Không tìm thấy kết quả nào cho “xyzzy”. Thử gõ ít từ hơn, hoặc xem danh sách hướng dẫn.');
    expect(await page.locator('#search-status a').getAttribute('href')).toBe(routes.guides);
  });

  it('says so when the search files cannot be fetched, and works again once the network is back', async () => {
    await page.goto(site.url + routes.search);
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.fill('#q', 'ket hon');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('Không tải được') ?? false);
    await page.unroute('**/pagefind/**');
    await page.click('form[role=search] button');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results li > a').first().getAttribute('href')).toBe('/huong-dan/dang-ky-ket-hon/');
  });

  it('opens with results when the address carries the query (?q=), as the search forms on other pages send it', async () => {
    await page.goto(`${site.url}${routes.search}?q=${encodeURIComponent('ly lich tu phap')}`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#q').inputValue()).toBe('ly lich tu phap');
    expect(await page.locator('#search-results li > a').first().getAttribute('href')).toBe('/huong-dan/ly-lich-tu-phap-tren-vneid/');
  });
});
