import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, searchFiles } from '../../src/paths.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, type SearchData, type SearchPreload } from '../../src/search/search-data.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage } from '../helpers/read-html.ts';

const site = getBuiltSite();

describe('the search page as built', () => {
  it('carries pagefind’s index chunk names and its entry and metadata files themselves, the files the search data file lists', async () => {
    const { document } = await readPage(site.dir, routes.search);
    const value = document.querySelector('#search-results')?.getAttribute(SEARCH_PRELOAD_ATTRIBUTE);
    const data = JSON.parse(await readFile(path.join(site.dir, searchFiles.data), 'utf8')) as SearchData;
    const inPage = JSON.parse(value ?? '{}') as SearchPreload;
    expect(inPage.cacheTag).toBe(data.cacheTag);
    expect(inPage.preload.length).toBeGreaterThan(0);
    expect(inPage.preload.every((file) => file.includes('/index/'))).toBe(true);
    expect(new Set([...inPage.preload, ...Object.keys(inPage.inline)])).toEqual(new Set(data.preload));
    expect(Object.keys(inPage.inline).sort()).toEqual([`/pagefind/pagefind-entry.json?ts=${data.cacheTag}`, `/pagefind/pagefind.${data.cacheTag}.pf_meta`].sort());
    // Byte for byte the files pagefind wrote, so the page answers pagefind's fetch of them as the host would.
    for (const [url, body] of Object.entries(inPage.inline)) {
      expect(Buffer.from(body, 'base64').equals(await readFile(path.join(site.dir, url.replace(/\?.*$/, '')))), url).toBe(true);
    }
  });
});
