import path from 'node:path';
import type { Browser } from 'playwright-core';
import { routes, searchFiles } from '../paths.ts';
import { PHONE } from './chromium.ts';
import { waitForAnswer } from './search-corpus.ts';

/** The link the issue sets the bar on: 400 kbit/s each way, 400 ms round trip, a phone 4× slower than this machine. */
export const SLOW_LINK = { latencyMs: 400, bytesPerSecond: 400_000 / 8, cpuSlowdown: 4 } as const;

export interface FirstSearch {
  /** From the search box getting focus to the first result link on screen. */
  ms: number;
  /** Bytes of the search's own files received for it (all but the result fragments, which fill in the excerpts afterwards). */
  bytes: number;
  /** What those bytes alone take on the link. */
  bytesMs: number;
  /**
   * From the first request for a search file to the last byte of those bytes, as the emulated
   * link delivered them: the time no script could beat, however little it computed.
   */
  lastByteMs: number;
  /** Bytes of the search's files received until the excerpts are complete too. */
  totalBytes: number;
  /** Requests for the search's files. */
  requests: number;
  /** Bytes of other files on the link meanwhile (the browser's own favicon request): they slow the search but are not its bytes. */
  otherBytes: number;
  /** Search files fetched more than once (a preload the page did not reuse). */
  repeated: string[];
}

/**
 * A first visit's first search on the slow link, in Chromium with network and CPU emulation
 * (CDP Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). The page is loaded
 * first; then the box gets focus and the query is submitted at once, the worst case: a person
 * typing gives the preload a head start.
 */
export async function benchFirstSearch(browser: Browser, siteUrl: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_LINK.latencyMs,
    downloadThroughput: SLOW_LINK.bytesPerSecond,
    uploadThroughput: SLOW_LINK.bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_LINK.cpuSlowdown });
  try {
    await page.goto(siteUrl + routes.search, { waitUntil: 'networkidle' });
    const urls = new Map<string, string>();
    const received = new Map<string, number>();
    // CDP timestamps, in seconds of a monotonic clock.
    const sentAt = new Map<string, number>();
    const finishedAt = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) => {
      urls.set(event.requestId, event.request.url);
      sentAt.set(event.requestId, event.timestamp);
    });
    cdp.on('Network.loadingFinished', (event) => {
      received.set(event.requestId, event.encodedDataLength);
      finishedAt.set(event.requestId, event.timestamp);
    });
    await page.evaluate(() => {
      const marks = window as unknown as { firstResultAt?: number; focusedAt?: number };
      new MutationObserver(() => {
        if (marks.firstResultAt === undefined && document.querySelector('#search-results li > a')) marks.firstResultAt = performance.now();
      }).observe(document.querySelector('#search-results')!, { childList: true, subtree: true });
      // The event's own time, not the time this listener runs: the page's listener, added first, runs before it.
      document.querySelector('#q')!.addEventListener('focus', (event) => (marks.focusedAt = event.timeStamp), { once: true });
    });
    await page.focus('#q');
    await page.fill('#q', query);
    await page.press('#q', 'Enter');
    const answer = await waitForAnswer(page, query);
    if (!answer.status.includes(`“${query}”`)) throw new Error(`the search page did not answer "${query}": ${answer.status}`);
    const ms = await page.evaluate(() => {
      const marks = window as unknown as { firstResultAt: number; focusedAt: number };
      return marks.firstResultAt - marks.focusedAt;
    });
    const receivedAll = [...received].map(([id, bytes]) => ({ url: urls.get(id) ?? '', bytes, sent: sentAt.get(id)!, finished: finishedAt.get(id)! }));
    const all = receivedAll.filter((request) => isSearchFile(request.url));
    const beforeFirst = all.filter((request) => !request.url.includes('/pagefind/fragment/'));
    const bytes = beforeFirst.reduce((sum, request) => sum + request.bytes, 0);
    const seen = new Map<string, number>();
    for (const { url } of all) seen.set(url, (seen.get(url) ?? 0) + 1);
    return {
      ms,
      bytes,
      bytesMs: (bytes / SLOW_LINK.bytesPerSecond) * 1000,
      lastByteMs: (Math.max(...beforeFirst.map((request) => request.finished)) - Math.min(...all.map((request) => request.sent))) * 1000,
      totalBytes: all.reduce((sum, request) => sum + request.bytes, 0),
      requests: all.length,
      otherBytes: receivedAll.filter((request) => !isSearchFile(request.url)).reduce((sum, request) => sum + request.bytes, 0),
      repeated: [...seen].filter(([, count]) => count > 1).map(([url]) => url),
    };
  } finally {
    await context.close();
  }
}

/** Pagefind's files, the search data file and the search bundle: what the first search itself downloads. */
function isSearchFile(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.startsWith(path.posix.dirname(searchFiles.pagefindScript) + '/') || pathname === searchFiles.data || pathname === searchFiles.bundle;
}
