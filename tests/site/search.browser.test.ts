import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, searchFiles } from '../../src/paths.ts';
import { PHONE } from '../../src/bench/chromium.ts';
import { readSearchCorpus, SEARCH_CONTENT, searchFor, waitForAnswer } from '../../src/bench/search-corpus.ts';
import { foldTones } from '../../src/search/fold-text.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, WARM_UP, type SearchData, type SearchPreload } from '../../src/search/search-data.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

// The search is tested on its own fixture, a copy of the example content (11 guides, glossary,
// help), so that the office replacing content/ changes nothing here: the shared "example" build of
// it (pagefind indexes only the pages marked data-pagefind-body, so the kits' files change nothing).
const corpus = await readSearchCorpus();
const { contentDir, dir: siteDir, url: siteUrl } = getBuiltSite('example');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  expect(contentDir).toBe(SEARCH_CONTENT);
  browser = await getTestBrowser();
  // No service worker: it would answer pagefind's requests from its cache, past page.route's simulated failures.
  page = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
});
afterAll(() => releaseTestBrowser(browser));

/**
 * Types the query as a person would (each key an input event, no button) and returns the results
 * shown. The first call opens the page; later ones clear the box and type again on it, as a person
 * trying another wording does.
 */
async function typeAndSearch(query: string) {
  if (page.url().split('?')[0] === siteUrl + routes.search) await page.fill('#q', '');
  else await page.goto(siteUrl + routes.search);
  await page.locator('#q').pressSequentially(query, { delay: 10 });
  return waitForAnswer(page, query);
}

const glossaryRank = (hrefs: string[]) => hrefs.indexOf(routes.glossary);

describe('search typed the way people type on a phone', () => {
  it.each([
    ['dang ky khai sinh', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
    ['DANG KY KHAI SINH', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
    ['dăng ký khai sinh', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
    ['ly lich tu phap', '/huong-dan/ly-lich-tu-phap-tren-vneid/', ['lý', 'lịch', 'tư', 'pháp']],
    ['dang ky ket hon', '/huong-dan/dang-ky-ket-hon/', ['kết', 'hôn']],
    ['tam tru', '/huong-dan/dang-ky-tam-tru/', ['tạm', 'trú']],
    ['lien thong khai sinh', '/huong-dan/lien-thong-khai-sinh/', ['khai', 'sinh']],
  ])('"%s" puts %s first, with the words highlighted', async (query, expected, words) => {
    const { status, hrefs, firstMarks } = await typeAndSearch(query);
    expect(hrefs[0]).toBe(expected);
    expect(status).toMatch(new RegExp(`^Tìm thấy \\d+ kết quả cho “${query}”\\.$`));
    const marked = firstMarks.join(' ').toLowerCase();
    for (const word of words) expect(marked).toContain(word);
  });

  it('"dăng ký" finds the guides about registering, with "Đăng ký" highlighted', async () => {
    const { hrefs, firstMarks } = await typeAndSearch('dăng ký');
    expect(hrefs.length).toBeGreaterThan(3);
    expect(firstMarks.map((mark) => mark.toLowerCase())).toContain('đăng');
  });

  it('"xin giay ket hon" finds the marriage guide first, though no page says "xin giấy kết hôn"', async () => {
    expect((await searchFor(page, siteUrl, 'xin giay ket hon')).hrefs[0]).toBe(routes.guide('dang-ky-ket-hon'));
  });

  it('"cccd" finds the guides about the căn cước card, guides above the glossary, "căn cước" highlighted', async () => {
    const { hrefs, firstMarks } = await searchFor(page, siteUrl, 'cccd');
    expect(hrefs.slice(0, 3)).toContain(routes.guide('dang-ky-tai-khoan-vneid-muc-2'));
    expect(glossaryRank(hrefs) === -1 || glossaryRank(hrefs) > 0).toBe(true);
    expect(firstMarks.map((mark) => foldTones(mark))).toEqual(expect.arrayContaining(['can', 'cuoc']));
  });

  it('"khai sinh cho chau" finds the birth guide first ("cháu" searched as "con")', async () => {
    expect((await searchFor(page, siteUrl, 'khai sinh cho chau')).hrefs[0]).toBe(routes.guide('lien-thong-khai-sinh'));
  });

  it('"dk tam tru" puts the temporary-residence guide first and the glossary below it', async () => {
    const { hrefs } = await searchFor(page, siteUrl, 'dk tam tru');
    expect(hrefs[0]).toBe(routes.guide('dang-ky-tam-tru'));
    if (hrefs.includes(routes.glossary)) expect(glossaryRank(hrefs)).toBeGreaterThan(0);
  });

  it('"tien mai tang bo huong luong huu xin the nao" finds the death-registration guide first, though not every word is on it', async () => {
    expect((await searchFor(page, siteUrl, 'tien mai tang bo huong luong huu xin the nao')).hrefs[0]).toBe(routes.guide('lien-thong-khai-tu'));
  });

  it('"tai khoan dinh danh muc 2" puts the VNeID level 2 guide first, above the glossary', async () => {
    const { hrefs } = await searchFor(page, siteUrl, 'tai khoan dinh danh muc 2');
    expect(hrefs[0]).toBe(routes.guide('dang-ky-tai-khoan-vneid-muc-2'));
    expect(glossaryRank(hrefs)).not.toBe(0);
  });

  it('highlights only words that match as whole words: "khai sinh cho con" marks no "công" or "Cổng"', async () => {
    await searchFor(page, siteUrl, 'khai sinh cho con');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['khai', 'sinh', 'con']).toContain(foldTones(mark));
  });

  it('says so in Vietnamese when nothing matches, with a link to the guide list', async () => {
    const { status, hrefs } = await typeAndSearch('xyzzy');
    expect(hrefs).toEqual([]);
    expect(status).toBe('Không tìm thấy kết quả nào cho “xyzzy”. Thử gõ ít từ hơn, hoặc xem danh sách hướng dẫn.');
    expect(await page.locator('#search-status a').getAttribute('href')).toBe(routes.guides);
  });

  it('says so when the search files cannot be fetched, and works again once the network is back', async () => {
    await page.goto(siteUrl + routes.search);
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.fill('#q', 'ket hon');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('Không tải được') ?? false);
    await page.unroute('**/pagefind/**');
    await page.click('form[role=search] button');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results li > a').first().getAttribute('href')).toBe('/huong-dan/dang-ky-ket-hon/');
  });

  it('opens with results when the address carries the query (?q=), as the search forms on other pages send it', async () => {
    await page.goto(`${siteUrl}${routes.search}?q=${encodeURIComponent('ly lich tu phap')}`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#q').inputValue()).toBe('ly lich tu phap');
    expect(await page.locator('#search-results li > a').first().getAttribute('href')).toBe('/huong-dan/ly-lich-tu-phap-tren-vneid/');
  });
});

describe('loading the search', () => {
  it('fetches nothing until the box gets focus, then in two requests everything a search needs, and nothing the page carries', async () => {
    const fresh = await browser.newPage(PHONE);
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
    const isSearchFile = (url: string) => url.startsWith('/pagefind/') || url.startsWith(searchFiles.data) || url.startsWith(searchFiles.bundle);
    await fresh.goto(siteUrl + routes.search, { waitUntil: 'networkidle' });
    expect(requested.filter(isSearchFile)).toEqual([]);
    await fresh.focus('#q');
    await fresh.fill('#q', 'ket hon');
    await fresh.locator('#search-results li p').first().waitFor();
    // Pagefind's script and the search bundle, once each; then only the results' fragments.
    const { bundle, inline } = JSON.parse((await fresh.locator('#search-results').getAttribute(SEARCH_PRELOAD_ATTRIBUTE))!) as SearchPreload;
    const fetched = requested.filter(isSearchFile).filter((url) => !url.startsWith('/pagefind/fragment/'));
    expect(fetched.sort()).toEqual([searchFiles.pagefindScript, bundle.href].sort());
    // Everything pagefind asked for besides came from the bundle or the page: its WebAssembly, index chunks, entry and metadata, no worker script.
    expect(bundle.parts.map((part) => part.href)).toEqual(expect.arrayContaining([searchFiles.data, searchFiles.pagefindWasm]));
    for (const url of Object.keys(inline)) expect(requested).not.toContain(url);
    // The warm-up index is answered by the page itself.
    expect(requested.filter((url) => url.startsWith(WARM_UP.basePath))).toEqual([]);
    await fresh.close();
  });

  it.each([
    ['fails', (route: Route) => route.abort('connectionreset')],
    // Longer than the page expects, so every part would get bytes of the wrong file.
    ['is of another build', async (route: Route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.concat([Buffer.alloc(1_000), await readFile(path.join(siteDir, searchFiles.bundle))]) })],
  ])('fetches each file on its own when the bundle %s, and finds the same', async (_, answer) => {
    const fresh = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await fresh.route(`**${searchFiles.bundle}*`, answer);
    await fresh.goto(siteUrl + routes.search);
    await fresh.focus('#q');
    await fresh.fill('#q', 'ket hon');
    await fresh.press('#q', 'Enter');
    expect((await waitForAnswer(fresh, 'ket hon')).hrefs[0]).toBe(routes.guide('dang-ky-ket-hon'));
    expect(requested).toEqual(expect.arrayContaining([searchFiles.bundle, searchFiles.data, searchFiles.pagefindWasm]));
    expect(requested.some((url) => url.startsWith('/pagefind/index/'))).toBe(true);
    await fresh.close();
  });

  it('starts loading when the box is touched, before it gets focus', async () => {
    const fresh = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
    await fresh.goto(siteUrl + routes.search, { waitUntil: 'networkidle' });
    const bundle = fresh.waitForRequest((request) => new URL(request.url()).pathname === searchFiles.bundle);
    await fresh.dispatchEvent('#q', 'pointerdown', { pointerType: 'touch', isPrimary: true });
    await bundle;
    expect(await fresh.evaluate(() => document.activeElement?.id)).not.toBe('q');
    await fresh.close();
  });

  it('finds on a fresh page’s first search, after the warm-up, what a later search on a warm page finds', async () => {
    const query = 'dang ky tam tru online';
    const later = (await searchFor(page, siteUrl, query)).hrefs;
    expect(later[0]).toBe(routes.guide('dang-ky-tam-tru'));
    // Each fresh page warms pagefind up again: the warm-up and the real index share one WebAssembly instance, which a race would break.
    await expectSameOnFreshPage(query, later);
    // And questions from the public-forum corpus, with other words and other pages than the warm-up's.
    for (const { query: asked } of corpus.filter((_, i) => i % 70 === 4)) await expectSameOnFreshPage(asked, (await searchFor(page, siteUrl, asked)).hrefs);
  });

  async function expectSameOnFreshPage(query: string, later: string[]) {
    const fresh = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
    const problems: string[] = [];
    fresh.on('pageerror', (error) => problems.push(error.message));
    fresh.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await fresh.goto(siteUrl + routes.search);
    await fresh.focus('#q');
    await fresh.fill('#q', query);
    await fresh.press('#q', 'Enter');
    expect((await waitForAnswer(fresh, query)).hrefs, query).toEqual(later);
    expect(problems.filter((problem) => !/dang-ky-sw|Failed to load resource/.test(problem)), query).toEqual([]);
    await fresh.close();
  }

  it('writes the search data: every indexed page with its address, title and kind, and pagefind files that exist', async () => {
    const data = JSON.parse(await readFile(path.join(siteDir, searchFiles.data), 'utf8')) as SearchData;
    const guides = (await readdir(path.join(SEARCH_CONTENT, 'guides'))).map((file) => routes.guide(file.replace('.mdx', '')));
    const pages = Object.values(data.pages);
    expect(pages.filter(([, , kind]) => kind === 'guide').map(([url]) => url).sort()).toEqual(guides.sort());
    expect(pages.map(([url]) => url)).toEqual(expect.arrayContaining([routes.glossary, routes.help]));
    expect(pages.find(([url]) => url === routes.guide('dang-ky-ket-hon'))?.[1]).toBe('Đăng ký kết hôn, nộp hồ sơ trên mạng');
    for (const file of [...data.preload, searchFiles.pagefindWasm]) expect((await stat(path.join(siteDir, file.replace(/\?.*$/, '')))).isFile(), file).toBe(true);
    expect(data.terms.filler).toContain('ở đâu');
  });
});
