import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { routes } from '../paths.ts';

/** tests/corpus/search-queries.yaml: phone-typed questions and the guide each must find first. */
export const SEARCH_CORPUS = path.resolve('tests/corpus/search-queries.yaml');
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
 * on other pages send it. One round trip to the page per query: sending, waiting and reading
 * through Playwright's locators took 3.5 times as long as the search itself (174 ms against 48).
 */
export async function searchFor(page: Page, siteUrl: string, query: string) {
  const searchPage = siteUrl + routes.search;
  const onSearchPage = page.url().split('?')[0] === searchPage;
  if (!onSearchPage) await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  return page.evaluate(async ({ query, send }) => {
    const status = document.querySelector('#search-status')!;
    // The status names the query in quotes once its results are all shown, so an earlier query's
    // status ("dk tam tru" while waiting for "tam tru") never passes for this one's.
    const done = () => status.textContent!.includes(`“${query}”`) || status.textContent!.startsWith('Không tải được');
    const shown = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      // A page opened with ?q= may have answered already; a sent query is answered after sending
      // (the same query twice would otherwise read the status of the first).
      if (!send && done()) (observer.disconnect(), resolve());
    });
    if (send) {
      const box = document.querySelector<HTMLInputElement>('#q')!;
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // As Enter in the box does: the form's submit event, which searches at once.
      box.form!.requestSubmit();
    }
    await shown;
    return {
      status: status.textContent ?? '',
      hrefs: [...document.querySelectorAll('#search-results li > a')].map((a) => a.getAttribute('href') ?? ''),
      firstMarks: [...(document.querySelector('#search-results li')?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent ?? ''),
    };
  }, { query, send: onSearchPage });
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
