import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { routes } from '../paths.ts';

/** tests/corpus/search-queries.yaml: phone-typed questions and the guide each must find first. */
export const SEARCH_CORPUS = path.resolve('tests/corpus/search-queries.yaml');
/** tests/corpus/search-queries-held-out.yaml: questions gathered after the search was tuned, and never tuned on: reported apart. */
export const SEARCH_HELD_OUT = path.resolve('tests/corpus/search-queries-held-out.yaml');
/** The content the corpus is written for: a copy of the example content, kept apart so content/ can change. */
export const SEARCH_CONTENT = path.resolve('tests/fixtures/example-content');

export interface CorpusQuery {
  query: string;
  guide: string;
  source: string;
  /** Why the search gets this one wrong today; such entries count in the hit rate but are not asserted. */
  knownMiss?: string;
}

export async function readSearchCorpus(file: string = SEARCH_CORPUS): Promise<CorpusQuery[]> {
  return parse(await readFile(file, 'utf8')) as CorpusQuery[];
}

/**
 * The results of a query once they are complete. A page already on the search page gets the query
 * put in its box and sent, as a person searching again does (the engine stays loaded, so a corpus
 * run costs one page load); any other page opens the search page with `?q=`, as the search forms
 * on other pages send it. Sent and read in the page itself: through Playwright's locators a
 * question took 3.5 times as long as the search (174 ms against 48).
 */
export async function searchFor(page: Page, siteUrl: string, query: string) {
  const searchPage = siteUrl + routes.search;
  if (page.url().split('?')[0] === searchPage) {
    await page.evaluate((query) => {
      const box = document.querySelector<HTMLInputElement>('#q')!;
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // As Enter in the box does: the form's submit event, which searches at once (and says
      // "Đang tìm…" at once, so an earlier answer to the same query never passes for this one).
      box.form!.requestSubmit();
    }, query);
  } else {
    await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  }
  return waitForAnswer(page, query);
}

/**
 * Waits until the search page has answered `query` (or said it could not load) and returns what
 * it shows. It waits on DOM changes, not on waitForFunction's polling every animation frame: at 4×
 * CPU those frames took about a quarter of the main thread while pagefind searched, a cost no
 * visitor's page has (the bench's first search, bench-first-search.ts).
 */
export function waitForAnswer(page: Page, query: string) {
  return page.evaluate(
    (query) =>
      new Promise<{ status: string; hrefs: string[]; firstMarks: string[] }>((resolve, reject) => {
        const status = document.querySelector('#search-status')!;
        // The status names the query in quotes once its results are all shown, so an earlier
        // query's status ("dk tam tru" while waiting for "tam tru") never passes for this one's.
        const done = () => status.textContent!.includes(`“${query}”`) || status.textContent!.startsWith('Không tải được');
        const answer = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve({
            status: status.textContent ?? '',
            hrefs: [...document.querySelectorAll('#search-results li > a')].map((a) => a.getAttribute('href') ?? ''),
            firstMarks: [...(document.querySelector('#search-results li')?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent ?? ''),
          });
        };
        const observer = new MutationObserver(() => done() && answer());
        const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`no answer for "${query}" within 60 s`))), 60_000);
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        if (done()) answer();
      }),
    query,
  );
}

/** How many corpus questions put their guide first, and which did not. */
export async function measureHitRate(page: Page, siteUrl: string, queries: CorpusQuery[]) {
  const misses: { query: string; expected: string; first: string | undefined }[] = [];
  for (const { query, guide } of queries) {
    const { hrefs } = await searchFor(page, siteUrl, query);
    if (hrefs[0] !== routes.guide(guide)) misses.push({ query, expected: guide, first: hrefs[0] });
  }
  return { total: queries.length, hits: queries.length - misses.length, misses };
}
