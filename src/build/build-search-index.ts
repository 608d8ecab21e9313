import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchTerms } from '../schemas/search-terms.ts';
import { createSearchData } from '../search/create-search-data.ts';
import { createWarmUpIndex } from '../search/create-warm-up-index.ts';

/**
 * Indexes the built pages that carry `data-pagefind-body` (guides, glossary, help, why) into
 * `<siteDir>/pagefind/`, then writes the search page's data file (term table, pages, pagefind
 * file names, the warm-up index). Every response is checked: pagefind reports problems as
 * `errors` rather than throwing.
 */
export async function buildSearchIndex(siteDir: string, terms: SearchTerms): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    assertPagefindResponse(errors, 'createIndex');
    if (!index) throw new Error('pagefind.createIndex returned no index');
    const added = await index.addDirectory({ path: siteDir });
    assertPagefindResponse(added.errors, 'addDirectory');
    if (added.page_count === 0) throw new Error(`pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    assertPagefindResponse(written.errors, 'writeFiles');
    await createSearchData(siteDir, terms, await createWarmUpIndex());
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

function assertPagefindResponse(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}
