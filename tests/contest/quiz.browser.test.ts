import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from '../../src/bench/chromium.ts';
import { firstVisitBytes, measurePageWeight } from '../../src/bench/page-weight.ts';
import { routes, siteFiles } from '../../src/paths.ts';
import { findAxeViolations, openLoaded } from '../helpers/browser-page.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

// The shared fixture site (3 guides, 8 questions). Its service worker is blocked where the quiz
// is driven, so no precaching runs beside the answers: the quiz itself must work and send nothing.
const { url } = getBuiltSite('fixture');
let browser: Browser;

beforeAll(async () => {
  browser = await getTestBrowser();
});
afterAll(() => releaseTestBrowser(browser));

const question = '#cau-khai-sinh-thoi-gian';

async function openPage(sitePath: string, javaScriptEnabled: boolean): Promise<Page> {
  // bypassCSP: axe-core is injected as an inline script, which the site's policy rightly blocks.
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled, bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await openLoaded(page, url + sitePath);
  return page;
}

describe('the self-check quiz', () => {
  it('answers at once with JavaScript: the live region says wrong, gives the right answer and opens the explanation', async () => {
    const page = await openPage(routes.contestGuide('dang-ky-khai-sinh'), true);
    const fieldset = page.locator(question);
    expect(await fieldset.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await fieldset.getByLabel('B. Khoảng 30 ngày').check();
    const feedback = fieldset.locator('[aria-live=polite]');
    await expect.poll(() => feedback.textContent()).toBe('Chưa đúng. Đáp án đúng: A. Khoảng 3 ngày làm việc. Hồ sơ khai sinh liên thông thường có kết quả trong khoảng 3 ngày làm việc.');
    expect(await fieldset.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    await fieldset.getByLabel('A. Khoảng 3 ngày làm việc').check();
    await expect.poll(() => feedback.textContent()).toMatch(/^Đúng rồi! /);
    await page.context().close();
  });

  it('works from the keyboard: arrow keys move the choice within a question and the answer is announced', async () => {
    const page = await openPage(routes.contestGuide('dang-ky-khai-sinh'), true);
    await page.locator(`${question} input`).first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${question} input:checked`).evaluate((input) => input.parentElement?.textContent?.trim())).toBe('B. Khoảng 30 ngày');
    await expect.poll(() => page.locator(`${question} [aria-live=polite]`).textContent()).toMatch(/^Chưa đúng\./);
    // The question is the group's name, as a screen reader announces it on entering the group.
    expect(await page.locator(`${question} legend`).textContent()).toBe('Câu 1. Hồ sơ khai sinh liên thông thường có kết quả trong bao lâu?');
    await page.context().close();
  });

  it('works without JavaScript: pick an answer, open "Xem đáp án", read the answer and why', async () => {
    const page = await openPage(routes.contestGuide('dang-ky-khai-sinh'), false);
    const fieldset = page.locator(question);
    await fieldset.getByLabel('B. Khoảng 30 ngày').check();
    expect(await fieldset.locator('[aria-live=polite]').textContent()).toBe('');
    const answer = fieldset.locator('details p');
    expect(await answer.isVisible()).toBe(false);
    await fieldset.locator('summary').click();
    expect(await answer.isVisible()).toBe(true);
    expect(await answer.textContent()).toBe('Đáp án: A. Khoảng 3 ngày làm việc. Hồ sơ khai sinh liên thông thường có kết quả trong khoảng 3 ngày làm việc.');
    await page.context().close();
  });

  it('ends the guide page with its questions, which work with <details> alone, and links to the rest', async () => {
    const page = await openPage(routes.guide('dang-ky-khai-sinh'), true);
    // The only script is the service worker's registration (src/build/build-service-worker.ts); the quiz needs none.
    expect(await page.locator(`script:not([src="${siteFiles.serviceWorkerRegistration}"])`).count()).toBe(0);
    const quiz = page.locator('.guide-quiz');
    expect(await quiz.locator('fieldset').count()).toBe(1);
    await quiz.locator(`${question} summary`).click();
    expect(await quiz.locator(`${question} details p`).isVisible()).toBe(true);
    expect(await quiz.getByRole('link', { name: 'Làm tất cả 3 câu hỏi về thủ tục này' }).getAttribute('href')).toBe(routes.contestGuide('dang-ky-khai-sinh'));
    await page.context().close();
  });

  it('keeps a guide page with its questions within 8 KB gzip on a first visit, with no JavaScript but the service worker registration', async () => {
    const page = await browser.newPage(PHONE);
    const weight = await measurePageWeight(page, url + routes.guide('dang-ky-khai-sinh'));
    expect(firstVisitBytes(weight)).toBeLessThanOrEqual(8 * 1024);
    expect(weight.gzipBytes.script ?? 0).toBeLessThanOrEqual(256);
    await page.close();
  });

  it('loads its script as a same-origin file and sends nothing while answering', async () => {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openLoaded(page, url + routes.contest);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('script[type=module][src^="/_astro/"]').count()).toBe(1);
    const loaded = requests.length;
    await page.locator('fieldset[data-quiz] input').first().check();
    await page.waitForTimeout(300);
    expect(requests.slice(loaded)).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations on the Hội thi pages', async () => {
    for (const sitePath of [routes.contest, routes.contestGuide('dang-ky-khai-sinh'), routes.contestEdition('xa-thu')]) {
      const page = await openPage(sitePath, true);
      // Answer one question first where the page has any, so the feedback it shows is checked too
      // (a locator waits out Playwright's 30 s timeout for an input that is not there).
      const choices = page.locator('fieldset[data-quiz] input');
      if ((await choices.count()) > 0) await choices.first().check();
      expect(await findAxeViolations(page), sitePath).toEqual([]);
      await page.context().close();
    }
  });
});
