import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/paths.ts';
import { PHONE } from '../../src/bench/chromium.ts';
import { readSearchCorpus, SEARCH_CONTENT, SEARCH_HELD_OUT, searchFor } from '../../src/bench/search-corpus.ts';
import { foldTones } from '../../src/search/fold-text.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { getTestBrowser, releaseTestBrowser } from '../helpers/test-browser.ts';

// The forum corpus on the search fixture's build (as search.browser.test.ts), in a file of its
// own so that its few hundred searches run beside the other search tests, on the other worker.
const corpus = await readSearchCorpus();
const { contentDir, url: siteUrl } = getBuiltSite('example');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  expect(contentDir).toBe(SEARCH_CONTENT);
  browser = await getTestBrowser();
  page = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
});
afterAll(() => releaseTestBrowser(browser));

describe('phone-typed questions from forums and comments (tests/corpus/search-queries.yaml)', () => {
  it('has at least 60 questions, and held-out ones apart, each with its source, for guides that exist in the fixture', async () => {
    const guides = new Set((await readdir(path.join(SEARCH_CONTENT, 'guides'))).map((file) => file.replace('.mdx', '')));
    const heldOut = await readSearchCorpus(SEARCH_HELD_OUT);
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    const tuned = new Set(corpus.map((entry) => foldTones(entry.query)));
    for (const { query, guide, source } of [...corpus, ...heldOut]) {
      expect(guides.has(guide), `${query} → ${guide}`).toBe(true);
      expect(source, query).toMatch(/\S/);
    }
    for (const { query } of heldOut) expect(tuned.has(foldTones(query)), `${query} is in both files`).toBe(false);
  });

  // Entries marked knownMiss say why they fail today; `npm run bench` still counts them in the hit rate.
  it.each(corpus.filter((entry) => !entry.knownMiss).map((entry) => [entry.query, entry.guide]))('"%s" finds %s first', async (query, guide) => {
    expect((await searchFor(page, siteUrl, query)).hrefs[0]).toBe(routes.guide(guide));
  });
});
