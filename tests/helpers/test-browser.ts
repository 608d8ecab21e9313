import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/bench/chromium.ts';

let launched: Promise<Browser> | undefined;

/**
 * The test worker's Chromium, launched by the first browser test file it runs and kept for the
 * next ones (the files of a worker share their modules: vitest.config.ts, isolate: false). A
 * launch and close cost about 0.7 s of a busy core each, twelve times a run. Files isolate
 * themselves with contexts of their own (`browser.newPage()` makes one), which
 * `releaseTestBrowser` closes when the file is done; Playwright closes the browser itself when the
 * worker exits.
 */
export function getTestBrowser(): Promise<Browser> {
  launched ??= launchChromium().then((browser) => {
    browser.on('disconnected', () => (launched = undefined));
    return browser;
  });
  return launched;
}

/** Closes every context a test file left open, so the next file starts with an empty browser. */
export async function releaseTestBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}
