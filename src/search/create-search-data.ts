import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { routes, searchFiles } from '../paths.ts';
import type { SearchTerms } from '../schemas/search-terms.ts';
import { createSearchBundle } from './create-search-bundle.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, type SearchData, type SearchPreload } from './search-data.ts';

/** Every pagefind data file starts, once gunzipped, with this signature (pagefind.js `decompress`). */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta?: { title?: string };
}

/**
 * Writes `searchFiles.data` for the site in `siteDir`, whose `pagefind/` folder pagefind has
 * just written. Reads pagefind's own output: the entry file for the language's metadata hash,
 * the index chunk names, and each page's fragment for its address and title.
 */
export async function createSearchData(siteDir: string, terms: SearchTerms, warmUp: SearchPreload['warmUp']): Promise<SearchData> {
  const pagefindUrl = path.posix.dirname(searchFiles.pagefindScript) + '/';
  const pagefindDir = path.join(siteDir, pagefindUrl);
  const entry = JSON.parse(await readFile(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`pagefind indexed ${languages.length} languages; the search page expects one (every page is <html lang="vi">)`);
  const language = languages[0]!;
  const wasm = `${pagefindUrl}wasm.${language.wasm ?? 'unknown'}.pagefind`;
  if (wasm !== searchFiles.pagefindWasm) throw new Error(`pagefind wrote its WebAssembly as ${wasm}; set searchFiles.pagefindWasm in src/paths.ts to it`);

  const chunks = (await readdir(path.join(pagefindDir, 'index'))).filter((name) => name.endsWith('.pf_index')).sort();
  const pages: SearchData['pages'] = {};
  for (const name of (await readdir(path.join(pagefindDir, 'fragment'))).sort()) {
    const fragment = readPagefindFile(await readFile(path.join(pagefindDir, 'fragment', name)), name) as Fragment | Record<string, Fragment>;
    // Pagefind 1.6 writes one fragment per page; larger sites may get groups of them keyed by page id.
    const byId: Record<string, Fragment> = typeof fragment.url === 'string' ? { [path.basename(name, '.pf_fragment')]: fragment as Fragment } : (fragment as Record<string, Fragment>);
    for (const [id, page] of Object.entries(byId)) {
      if (typeof page.url !== 'string') throw new Error(`pagefind fragment ${name} has no page address: the pagefind version changed its files; update src/search/create-search-data.ts`);
      pages[id] = [page.url, page.meta?.title ?? page.url, isGuideUrl(page.url) ? 'guide' : 'other'];
    }
  }
  const entryUrl = `${pagefindUrl}pagefind-entry.json?ts=${language.hash}`;
  const metaUrl = `${pagefindUrl}pagefind.${language.hash}.pf_meta`;
  const chunkUrls = chunks.map((chunk) => `${pagefindUrl}index/${chunk}`);
  const data: SearchData = { cacheTag: language.hash, preload: [entryUrl, metaUrl, ...chunkUrls], pages, terms };
  const dataBody = Buffer.from(JSON.stringify(data));
  await writeFile(path.join(siteDir, searchFiles.data), dataBody);
  const inline: Record<string, string> = {};
  for (const url of [entryUrl, metaUrl]) inline[url] = (await readFile(path.join(siteDir, url.replace(/\?.*$/, '')))).toString('base64');
  const bundle = await createSearchBundle(siteDir, [{ href: searchFiles.data, gzip: true, body: dataBody }, { href: searchFiles.pagefindWasm }, ...chunkUrls.map((href) => ({ href }))]);
  await writeSearchPagePreload(siteDir, { cacheTag: data.cacheTag, bundle, inline, warmUp });
  return data;
}

/**
 * Writes what the search page needs to start into the page itself (the `data-preload` attribute
 * of its results list): the search bundle's address and parts, so one request the moment the box
 * gets focus brings the data file, the WebAssembly and the index chunks (create-search-bundle.ts);
 * pagefind's small entry and metadata files themselves, so they cost no request; and the warm-up
 * index (warm-up-pagefind.ts). The page is built before pagefind names its files, hence the edit
 * after the fact.
 */
async function writeSearchPagePreload(siteDir: string, preload: SearchPreload): Promise<void> {
  const file = path.join(siteDir, routes.search, 'index.html');
  const html = await readFile(file, 'utf8');
  const placeholder = `${SEARCH_PRELOAD_ATTRIBUTE}=""`;
  if (!html.includes(placeholder)) throw new Error(`${file} has no ${placeholder}: src/pages/tim-kiem.astro must keep it on the results list`);
  const value = JSON.stringify(preload).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  await writeFile(file, html.replace(placeholder, `${SEARCH_PRELOAD_ATTRIBUTE}="${value}"`));
}

function isGuideUrl(url: string): boolean {
  return url.startsWith(routes.guides) && url !== routes.guides;
}

function readPagefindFile(bytes: Buffer, name: string): unknown {
  const raw = bytes.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE ? bytes : gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new Error(`pagefind file ${name} does not start with "${SIGNATURE}": the pagefind version changed its files; update src/search/create-search-data.ts`);
  }
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8'));
}
