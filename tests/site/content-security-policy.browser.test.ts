import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../../src/bench/chromium.ts';
import { broadcastFiles, routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage } from '../helpers/read-html.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

// The small fixture's build: every kind of page the site makes, at 38 pages rather than the
// example's 84 (a navigation costs Chromium some 60 ms here even for an empty page).
const site = getBuiltSite('fixture');
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** CSP violations and console errors of the page being tested, as text. */
let problems: string[] = [];

beforeAll(async () => {
  browser = await getTestBrowser();
  context = await browser.newContext(PHONE);
  // Injected through the DevTools protocol, so the page's own CSP does not block the listener.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page = await context.newPage();
  reportProblems(page, (problem) => problems.push(problem));
});
afterAll(() => releaseTestBrowser(browser));

/** Every page the build made, as site paths ("/", "/huong-dan/x/", "/404.html"). */
async function getAllPages(): Promise<string[]> {
  const files = (await readdir(site.dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return files.map((file) => (file.endsWith('index.html') ? `/${path.dirname(file)}/`.replace(/^\/\.\/$/, '/').replace('//', '/') : `/${file}`));
}

/** Sends a page's CSP violations and console errors to `report`, as text. */
function reportProblems(target: Page, report: (problem: string) => void): void {
  target.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text())) report(`${target.url()}: ${message.text()}`);
  });
  target.on('pageerror', (error) => report(`${target.url()}: ${error.message}`));
}

async function open(sitePath: string): Promise<void> {
  problems = [];
  await page.goto(site.url + sitePath, { waitUntil: 'load' });
}

describe('the site under its Content-Security-Policy in Chromium', () => {
  it('sends a policy on every page that allows no inline script without a hash, and WebAssembly only on the search page', async () => {
    const pages = await getAllPages();
    // The fixture makes 38: a broken page list must not pass for a clean one.
    expect(pages.length).toBeGreaterThan(30);
    expect(pages).toEqual(expect.arrayContaining([routes.home, routes.search, routes.help, routes.glossary]));
    for (const sitePath of pages) {
      const { document } = await readPage(site.dir, sitePath);
      const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(policy, sitePath).toContain("default-src 'self'");
      expect(policy, sitePath).toContain("object-src 'none'");
      expect(scriptSrc, sitePath).not.toContain('unsafe-inline');
      expect(scriptSrc.includes("'wasm-unsafe-eval'"), sitePath).toBe(sitePath === routes.search);
    }
  });

  it('reports an inline script the policy does not list, so a clean page really is clean', async () => {
    await open(routes.home);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "chạy được"';
      document.body.append(script);
    });
    await expect.poll(() => problems.join('\n')).toMatch(/CSP violation: script-src(-elem)? blocked inline/);
    expect(await page.title()).not.toBe('chạy được');
  });

  it('loads every page the build made with no CSP violation and no script error', async () => {
    // Three tabs of one browser share the list, so page loads overlap their waits.
    const all: string[] = [];
    const queue = await getAllPages();
    const tabs = await Promise.all([1, 2, 3].map(() => context.newPage()));
    await Promise.all(
      tabs.map(async (tab) => {
        reportProblems(tab, (problem) => all.push(problem));
        for (let sitePath = queue.shift(); sitePath !== undefined; sitePath = queue.shift()) await tab.goto(site.url + sitePath, { waitUntil: 'load' });
        await tab.close();
      }),
    );
    expect(all).toEqual([]);
  });

  it('searches under the policy: pagefind loads, compiles its WebAssembly and shows results', async () => {
    await open(routes.search);
    await page.locator('#q').pressSequentially('khai sinh', { delay: 10 });
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('khai sinh') ?? false);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('searches on the page itself when pagefind cannot start its web worker, which needs wasm-unsafe-eval', async () => {
    await page.route('**/pagefind-worker.js', (route) => route.abort('blockedbyclient'));
    try {
      await open(routes.search);
      await page.locator('#q').pressSequentially('tra cuu', { delay: 10 });
      await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('tra cuu') ?? false);
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      // The blocked worker itself is reported as a failed load; nothing else may be.
      expect(problems.filter((problem) => !/pagefind-worker|Failed to load resource/.test(problem))).toEqual([]);
    } finally {
      await page.unroute('**/pagefind-worker.js');
    }
  });

  it('reads pasted text aloud under the policy', async () => {
    await open(routes.readAloud);
    await page.getByLabel('Văn bản cần đọc').fill('Lệ phí 50.000đ.');
    await page.getByRole('button', { name: 'Xem cách đọc' }).click();
    // The page reads in a worker after a short pause (src/pages/phat-thanh/doc-thu.astro): wait for it.
    await expect.poll(() => page.locator('[data-spoken]').textContent(), { timeout: 15_000 }).toBe('Lệ phí năm mươi nghìn đồng.');
    expect(problems).toEqual([]);
  });

  it('runs the announcer page script (the print button appears) under the policy', async () => {
    const guide = (await readdir(path.join(site.dir, 'huong-dan'))).find((name) => !name.includes('.'))!;
    await open(broadcastFiles.page(guide, 'tin'));
    expect(await page.locator('[data-print]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});
