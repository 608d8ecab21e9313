import { launchChromium, PHONE } from './chromium.ts';
import { benchFirstSearch, SLOW_LINK } from './bench-first-search.ts';
import type { BenchRow } from './format-table.ts';
import { measureHitRate, readSearchCorpus, SEARCH_HELD_OUT } from './search-corpus.ts';
import { serveStatic } from './serve-static.ts';

/** Runs of the first search; the median is reported, as the machine's load varies from run to run. */
const RUNS = 5;
/** The bar: the first result within this many times the bytes' own transfer time. */
export const FIRST_SEARCH_BAR = 1.3;

/**
 * Search figures for a site built with its search index: the corpus hit rate (right guide
 * first) and the first search on the slow link.
 */
export async function benchSearch(siteDir: string, query = 'dang ky tam tru online'): Promise<{ rows: BenchRow[]; misses: string[] }> {
  const { url, server } = await serveStatic(siteDir);
  const browser = await launchChromium().catch((error: unknown) => {
    server.close();
    throw error;
  });
  try {
    const page = await browser.newPage(PHONE);
    const corpus = await readSearchCorpus();
    const rate = await measureHitRate(page, url, corpus);
    const heldOut = await measureHitRate(page, url, await readSearchCorpus(SEARCH_HELD_OUT));
    await page.close();
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await benchFirstSearch(browser, url, query));
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(RUNS / 2)]!;
    return {
      rows: [
        { label: 'corpus questions', value: rate.total, unit: '' },
        { label: 'right guide first', value: rate.hits, unit: '' },
        { label: 'hit rate', value: (100 * rate.hits) / rate.total, unit: '%' },
        { label: 'held-out questions (never tuned on)', value: heldOut.total, unit: '' },
        { label: 'held-out: right guide first', value: heldOut.hits, unit: '' },
        { label: 'held-out hit rate', value: (100 * heldOut.hits) / heldOut.total, unit: '%' },
        { label: `first result, "${query}" (median of ${RUNS})`, value: median.ms, unit: 'ms' },
        { label: 'bytes before the first result', value: median.bytes, unit: 'B' },
        { label: `those bytes alone at ${(SLOW_LINK.bytesPerSecond * 8) / 1000} kbit/s`, value: median.bytesMs, unit: 'ms' },
        { label: `ratio (bar ${FIRST_SEARCH_BAR})`, value: median.ms / median.bytesMs, unit: '×' },
        // Even with every file requested at focus in one wave, the first byte comes one round trip later, and
        // the emulated link delivers the last byte later still, which the next two rows show.
        { label: 'last byte of those bytes, as the link delivered it', value: median.lastByteMs, unit: 'ms' },
        { label: 'last byte ÷ the bytes alone (what no script can beat)', value: median.lastByteMs / median.bytesMs, unit: '×' },
        { label: `floor: one ${SLOW_LINK.latencyMs} ms round trip + the bytes, no CPU`, value: (SLOW_LINK.latencyMs + median.bytesMs) / median.bytesMs, unit: '×' },
        { label: 'bytes with the excerpts', value: median.totalBytes, unit: 'B' },
        { label: 'requests', value: median.requests, unit: '' },
        { label: 'other bytes on the link meanwhile (not counted above)', value: median.otherBytes, unit: 'B' },
        { label: 'files fetched twice', value: median.repeated.length, unit: '' },
      ],
      misses: [...rate.misses, ...heldOut.misses.map((miss) => ({ ...miss, query: `(held out) ${miss.query}` }))].map((miss) => `"${miss.query}": ${miss.first ?? 'nothing'} first, expected ${miss.expected}`),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
