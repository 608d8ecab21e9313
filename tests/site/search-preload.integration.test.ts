import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { routes, searchFiles } from '../../src/paths.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, WARM_UP, type SearchData, type SearchPreload } from '../../src/search/search-data.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage } from '../helpers/read-html.ts';

const site = getBuiltSite();

async function readPreload(): Promise<SearchPreload> {
  const { document } = await readPage(site.dir, routes.search);
  return JSON.parse(document.querySelector('#search-results')?.getAttribute(SEARCH_PRELOAD_ATTRIBUTE) ?? '{}') as SearchPreload;
}

describe('the search page as built', () => {
  it('carries the search bundle’s parts: the data file, the WebAssembly and the index chunks, byte for byte the files the host has', async () => {
    const inPage = await readPreload();
    const data = JSON.parse(await readFile(path.join(site.dir, searchFiles.data), 'utf8')) as SearchData;
    const chunks = data.preload.filter((url) => url.includes('/index/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(inPage.bundle.parts.map((part) => part.href)).toEqual([searchFiles.data, searchFiles.pagefindWasm, ...chunks]);
    const bundle = await readFile(path.join(site.dir, searchFiles.bundle));
    expect(inPage.bundle.parts.reduce((sum, part) => sum + part.bytes, 0)).toBe(bundle.length);
    // The address changes with the bytes, so no cache serves an old bundle with new part sizes.
    expect(inPage.bundle.href).toMatch(new RegExp(`^${searchFiles.bundle}\\?v=[0-9a-f]{12}$`));
    let offset = 0;
    for (const part of inPage.bundle.parts) {
      const body = bundle.subarray(offset, offset + part.bytes);
      offset += part.bytes;
      const file = await readFile(path.join(site.dir, part.href));
      // The data file is JSON a host would compress: the bundle holds it in gzip; pagefind's files are gzip inside already.
      expect((part.encoding === 'gzip' ? gunzipSync(body) : body).equals(file), part.href).toBe(true);
    }
    expect(inPage.bundle.parts.find((part) => part.href === searchFiles.data)?.encoding).toBe('gzip');
  });

  it('carries pagefind’s entry and metadata files themselves, the files the search data file lists besides the chunks', async () => {
    const inPage = await readPreload();
    const data = JSON.parse(await readFile(path.join(site.dir, searchFiles.data), 'utf8')) as SearchData;
    expect(inPage.cacheTag).toBe(data.cacheTag);
    expect(Object.keys(inPage.inline).sort()).toEqual([`/pagefind/pagefind-entry.json?ts=${data.cacheTag}`, `/pagefind/pagefind.${data.cacheTag}.pf_meta`].sort());
    expect(new Set([...Object.keys(inPage.inline), ...inPage.bundle.parts.map((part) => part.href)])).toEqual(new Set([...data.preload, searchFiles.data, searchFiles.pagefindWasm]));
    // Byte for byte the files pagefind wrote, so the page answers pagefind's fetch of them as the host would.
    for (const [url, body] of Object.entries(inPage.inline)) {
      expect(Buffer.from(body, 'base64').equals(await readFile(path.join(site.dir, url.replace(/\?.*$/, '')))), url).toBe(true);
    }
  });

  it('carries a warm-up index of its own, at an address the host has nothing under', async () => {
    const inPage = await readPreload();
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
