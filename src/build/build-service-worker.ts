/**
 * The offline service worker over the built site (after the search index, so pagefind's files are
 * there to list): workbox-build's getManifest lists the files to save with their revisions, and
 * esbuild bundles that list into the worker's own source (src/offline/service-worker.ts) with
 * Workbox. On the first visit it saves every guide, the glossary, help, the search page and the
 * search index, so a reload without signal shows the guide and search still answers over the saved
 * guides; a page it has not saved answers with the Vietnamese offline page. It also writes the one
 * small script every page loads to register it (an external file, so a strict
 * Content-Security-Policy needs no inline script).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_SEARCH_DONE_EVENT, PAGES_WITH_OWN_ROUTE, SEARCH_PAGE_PRECACHE_DELAY_MS, routes, siteFiles, searchFiles } from '../paths.ts';

/** Site paths ("/huong-dan/") as glob patterns for the page files under the built folder. */
const pageGlob = (route: string) => `${route.replace(/^\//, '')}index.html`;

/** Everything saved on the first visit, as globs relative to the built site. */
export function getPrecacheGlobs(pageSlugs: readonly string[]): string[] {
  const ownRoutes: string[] = Object.values(PAGES_WITH_OWN_ROUTE);
  return [
    pageGlob(routes.home),
    pageGlob(routes.guides),
    pageGlob(routes.guide('*')),
    pageGlob(routes.glossary),
    pageGlob(routes.help),
    pageGlob(routes.why),
    ...pageSlugs.filter((slug) => !ownRoutes.includes(slug)).map((slug) => pageGlob(routes.page(slug))),
    pageGlob(routes.search),
    pageGlob(routes.offline),
    // The search page's own script and any stylesheet Astro splits out.
    '_astro/*.{js,css}',
    // Pagefind's client, metadata and result fragments; not its UI kits.
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/*.pf_meta',
    'pagefind/{fragment,filter}/*',
    // The search bundle: the search page's term table and page list, pagefind's WebAssembly and
    // its index chunks, which the page takes from it (src/search/create-search-bundle.ts). Those
    // files on their own are fetched only when the bundle fails, online; saving them too would
    // double the bytes saved.
    searchFiles.bundle.slice(1),
    siteFiles.favicon.slice(1),
    siteFiles.manifest.slice(1),
  ];
}

export interface ServiceWorkerReport {
  /** Files saved on the first visit. */
  count: number;
  /** Their total size in bytes (uncompressed). */
  bytes: number;
}

export async function buildServiceWorker(siteDir: string, pageSlugs: readonly string[]): Promise<ServiceWorkerReport> {
  // Imported here, not at the top: the build process need not hold them while the site builds
  // beside it (build-site.ts). getManifest from its own module: workbox-build's index also loads
  // the rollup, Babel and terser that generateSW bundles with (0.45 s of every build).
  const [{ getManifest }, { build }] = await Promise.all([import('workbox-build/build/get-manifest.js'), import('esbuild')]);
  const { count, size, manifestEntries, warnings } = await getManifest({ globDirectory: siteDir, globPatterns: getPrecacheGlobs(pageSlugs) });
  if (warnings.length > 0) throw new Error(`workbox getManifest warned:\n${warnings.join('\n')}`);
  await build({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    outfile: path.join(siteDir, siteFiles.serviceWorker.slice(1)),
    // One file: the phone fetches the worker once, with Workbox inside it.
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: 'es2020',
    logLevel: 'silent',
    define: {
      // Workbox leaves out its development logging and checks in production.
      'process.env.NODE_ENV': '"production"',
      'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
      OFFLINE_PAGE: JSON.stringify(`${routes.offline}index.html`),
    },
  });
  await writeFile(path.join(siteDir, siteFiles.serviceWorkerRegistration.slice(1)), getRegistrationScript());
  return { count, bytes: size };
}

/**
 * Registers after the page has loaded, so saving the guides never competes with the page itself on
 * a slow link; on the search page (it has #search-results) after its first search, for the same
 * reason. Registering twice is harmless: the second call returns the first registration.
 */
export function getRegistrationScript(): string {
  const sw = JSON.stringify(siteFiles.serviceWorker);
  return (
    `// Saves the guides for reading without signal (src/build/build-service-worker.ts).\n` +
    `if ('serviceWorker' in navigator) addEventListener('load', () => {\n` +
    `  const register = () => navigator.serviceWorker.register(${sw});\n` +
    `  if (!document.getElementById('search-results')) return register();\n` +
    `  addEventListener(${JSON.stringify(FIRST_SEARCH_DONE_EVENT)}, register);\n` +
    `  setTimeout(register, ${SEARCH_PAGE_PRECACHE_DELAY_MS});\n` +
    `});\n`
  );
}
