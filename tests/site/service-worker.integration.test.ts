import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { routes, searchFiles, siteFiles } from '../../src/paths.ts';
import { getBuiltSite } from '../helpers/built-site.ts';

const site = getBuiltSite();
let content: Content;
let worker: string;

beforeAll(async () => {
  content = await loadContent(site.contentDir);
  worker = await readFile(path.join(site.dir, siteFiles.serviceWorker), 'utf8');
});

/** The precache entries, as workbox writes them into the worker: {url:"…",revision:"…"}. */
const precached = () => [...worker.matchAll(/url:"([^"]+)",revision:"[0-9a-f]+"/g)].map((match) => `/${match[1]}`);

describe('the service worker the build writes', () => {
  it('saves every guide, the glossary, help, the search page, the offline page and pagefind\'s index', () => {
    const urls = precached();
    for (const guide of content.guides) expect(urls).toContain(`${routes.guide(guide.slug)}index.html`);
    for (const route of [routes.glossary, routes.help, routes.search, routes.offline]) expect(urls).toContain(`${route}index.html`);
    expect(urls).toContain('/pagefind/pagefind.js');
    expect(urls.some((url) => url.startsWith('/pagefind/fragment/'))).toBe(true);
    // The WebAssembly and index chunks are saved once, in the search bundle the page takes them from.
    expect(urls).toContain(searchFiles.bundle);
    expect(urls.filter((url) => url.endsWith('.pagefind') || url.includes('/pagefind/index/') || url === searchFiles.data)).toEqual([]);
  });

  it('leaves out the print and broadcast kits and pagefind\'s unused UI', () => {
    const urls = precached();
    expect(urls.filter((url) => url.startsWith(routes.print) || url.startsWith(routes.broadcast) || /pagefind-(ui|modular-ui|component-ui)/.test(url))).toEqual([]);
  });

  it('is registered by one small external script that names it', async () => {
    const script = await readFile(path.join(site.dir, siteFiles.serviceWorkerRegistration), 'utf8');
    expect(script).toContain(`navigator.serviceWorker.register(${JSON.stringify(siteFiles.serviceWorker)})`);
    expect(Buffer.byteLength(script)).toBeLessThan(400);
  });
});
