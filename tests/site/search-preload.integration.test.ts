import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, searchFiles } from '../../src/paths.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, WARM_UP, type SearchData, type SearchPreload } from '../../src/search/search-data.ts';
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

  it('carries the WebAssembly’s size and a warm-up index of its own, at an address the host has nothing under', async () => {
    const { document } = await readPage(site.dir, routes.search);
    const inPage = JSON.parse(document.querySelector('#search-results')?.getAttribute(SEARCH_PRELOAD_ATTRIBUTE) ?? '{}') as SearchPreload;
    expect(inPage.wasmBytes).toBe((await stat(path.join(site.dir, searchFiles.pagefindWasm))).size);
    const files = Object.keys(inPage.warmUp.files);
    expect(files.every((url) => url.startsWith(WARM_UP.basePath))).toBe(true);
    expect(files).toContain(`${WARM_UP.basePath}pagefind-entry.json?ts=${inPage.warmUp.cacheTag}`);
    expect(files.filter((url) => url.endsWith('.pf_meta'))).toHaveLength(1);
    expect(files.filter((url) => url.includes('/index/') && url.endsWith('.pf_index')).length).toBeGreaterThan(0);
    const entry = JSON.parse(Buffer.from(inPage.warmUp.files[`${WARM_UP.basePath}pagefind-entry.json?ts=${inPage.warmUp.cacheTag}`]!, 'base64').toString('utf8')) as {
      version: string;
      languages: Record<string, { hash: string }>;
    };
    expect(Object.values(entry.languages).map((language) => language.hash)).toEqual([inPage.warmUp.cacheTag]);
    // The same pagefind as the real index, so one WebAssembly serves both.
    const real = JSON.parse(await readFile(path.join(site.dir, '/pagefind/pagefind-entry.json'), 'utf8')) as { version: string };
    expect(entry.version).toBe(real.version);
    await expect(stat(path.join(site.dir, WARM_UP.basePath))).rejects.toThrow();
    // A few hundred bytes: the page carries them on every visit.
    expect(JSON.stringify(inPage.warmUp).length).toBeLessThan(2_000);
  });
});
