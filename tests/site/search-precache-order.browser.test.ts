import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PHONE } from '../../src/bench/chromium.ts';
import { routes } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

// On a first visit to the search page, saving every guide must wait for the first search, so
// it does not share a slow link with it (dang-ky-sw.js, src/build/build-service-worker.ts).
const site = getBuiltSite();
let browser: Browser;
beforeAll(async () => {
  browser = await getTestBrowser();
});
afterAll(() => releaseTestBrowser(browser));

it('registers the service worker on the search page only after the first search has answered', async () => {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.goto(site.url + routes.search, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.locator('#q').fill('tam tru');
    await page.locator('#q').press('Enter');
    await page.locator('#search-results li > a').first().waitFor();
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length > 0, undefined, { timeout: 10_000 });
  } finally {
    await context.close();
  }
});
