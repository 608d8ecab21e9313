import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, searchFiles } from '../../src/paths.ts';
import { SEARCH_PRELOAD_ATTRIBUTE, type SearchData } from '../../src/search/search-data.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage } from '../helpers/read-html.ts';

const site = getBuiltSite();

describe('the search page as built', () => {
  it('carries pagefind’s file names itself, the same the search data file lists, so they are fetched without waiting for it', async () => {
    const { document } = await readPage(site.dir, routes.search);
    const value = document.querySelector('#search-results')?.getAttribute(SEARCH_PRELOAD_ATTRIBUTE);
    const data = JSON.parse(await readFile(path.join(site.dir, searchFiles.data), 'utf8')) as SearchData;
    expect(JSON.parse(value ?? '{}')).toEqual({ cacheTag: data.cacheTag, preload: data.preload });
    expect(data.preload.some((file) => file.includes('/index/'))).toBe(true);
  });
});
