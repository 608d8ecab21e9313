import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core: no browser download at install time. The flags
 * keep it from calling home, which this network refuses (and which would slow every start).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
  });
}

/** The phone the bars are set for: a cheap Android at 360×740 CSS pixels. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' } as const;
