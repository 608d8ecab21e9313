import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Response } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Opens a page and waits until a citizen would see it whole: the load event (scripts, styles,
 * images), the web fonts, and on the search page the results of a ?q= query. Not Playwright's
 * "networkidle", which waits 500 ms of silence after every navigation and, on a page that
 * registers the service worker, for it to save every guide: about half the browser tests' time.
 */
export async function openLoaded(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status');
    return !status || !new URL(location.href).searchParams.get('q') || /kết quả|Không tìm thấy|Không tải được/.test(status.textContent ?? '');
  });
  return response;
}

/**
 * axe-core's WCAG 2.2 AA and best-practice rules on the page as it is now, the violations as
 * text. It is injected as an inline script: open the page with `bypassCSP: true`, which the
 * site's policy rightly blocks otherwise.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
