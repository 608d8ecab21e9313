/**
 * The offline service worker's source. The build bundles it with the Workbox modules it imports
 * into one file, /sw.js, and puts the list of files to save in place of `self.__WB_MANIFEST`
 * (src/build/build-service-worker.ts). It is the worker workbox-build's generateSW wrote from our
 * options before, which bundled Workbox with rollup, Babel and terser in every build (1.4 s);
 * esbuild takes some 40 ms.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: { __WB_MANIFEST: PrecacheEntry[]; skipWaiting(): Promise<void> };
/** The offline page's saved file, set by the build. */
declare const OFFLINE_PAGE: string;

// A new build takes over at once: the pages are static, and stale guides are worse than a reload.
void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // "/tim-kiem/?q=vneid" is the saved search page, and pagefind's cache-busting "?ts=" still finds its saved index.
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();
// Any other page: the network, or the offline page when there is none. Not a navigation fallback
// route, which would answer every unsaved page with the offline page even when the phone is online.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE })] }));
