import { buildSearchIndex } from '../build/build-search-index.ts';
import { buildSite } from '../build/build-site.ts';
import { loadContent } from '../content/load-content.ts';

/** The site and its search index only (no print or broadcast kit): what searching needs, in a third of the time. */
export async function buildSearchSite(contentDir: string, outDir: string): Promise<void> {
  const content = await loadContent(contentDir);
  await buildSite(contentDir, outDir);
  await buildSearchIndex(outDir, content.searchTerms);
}
