import * as pagefind from 'pagefind';
import { WARM_UP, type SearchPreload } from './search-data.ts';

/**
 * Builds the search page's warm-up index in memory: three short pages, in pagefind's own format.
 * Its entry, metadata and index chunk are a few hundred bytes, carried by the search page, and
 * searched there while the real index chunks are still downloading (warm-up-pagefind.ts). Call it
 * while the pagefind service is open (between createIndex and close).
 */
export async function createWarmUpIndex(): Promise<SearchPreload['warmUp']> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index || errors.length > 0) throw new Error(`pagefind createIndex (warm-up index) failed:\n${errors.join('\n')}`);
  for (const [i, text] of WARM_UP.pages.entries()) {
    const added = await index.addCustomRecord({ url: `${WARM_UP.basePath}${i}/`, content: text, language: 'vi', meta: { title: text } });
    if (added.errors.length > 0) throw new Error(`pagefind addCustomRecord (warm-up index) failed:\n${added.errors.join('\n')}`);
  }
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`pagefind getFiles (warm-up index) failed:\n${built.errors.join('\n')}`);
  const entryFile = built.files.find((file) => file.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('pagefind wrote no pagefind-entry.json for the warm-up index: the pagefind version changed its files; update src/search/create-warm-up-index.ts');
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as { languages: Record<string, { hash: string }> };
  const cacheTag = Object.values(entry.languages)[0]?.hash;
  if (!cacheTag) throw new Error('the warm-up index has no language in its pagefind-entry.json: update src/search/create-warm-up-index.ts');
  const files: Record<string, string> = {};
  for (const file of built.files) {
    // What pagefind fetches to search (entry, metadata, index chunks); not its scripts, WebAssembly or the page's fragment.
    const address = file.path === 'pagefind-entry.json' ? `${WARM_UP.basePath}${file.path}?ts=${cacheTag}` : `${WARM_UP.basePath}${file.path}`;
    if (file.path === 'pagefind-entry.json' || file.path.endsWith('.pf_meta') || file.path.endsWith('.pf_index')) files[address] = Buffer.from(file.content).toString('base64');
  }
  await index.deleteIndex();
  return { cacheTag, files };
}
