/**
 * The child process that builds the Astro site (forked by build-site.ts): argv holds the content
 * and output folders, and the incremental build's cache folder if there is one. It reports one
 * message, `{ ok: true }` or the error as data (transfer-error.ts), then exits, so everything
 * Astro, Vite and the prerendered pages held is returned to the system when the stage ends.
 */
import { buildAstroSite } from './build-astro-site.ts';
import { toTransferredError, type TransferredError } from './transfer-error.ts';

export type SiteProcessMessage = { ok: true } | { ok: false; error: TransferredError };

const [contentDir, outDir, cacheDir] = process.argv.slice(2);
// A parent that dies (Ctrl-C) takes its staging folder with it: no use building on.
process.on('disconnect', () => process.exit(1));

let message: SiteProcessMessage;
try {
  if (!contentDir || !outDir || !process.send) throw new Error('site-process.ts: run it through buildSite() (src/build/build-site.ts), with the content and output folders');
  await buildAstroSite(contentDir, outDir, cacheDir);
  message = { ok: true };
} catch (error) {
  message = { ok: false, error: toTransferredError(error) };
}
// Astro can leave handles open (Vite's watcher, esbuild's service); the build is over either way.
process.send!(message, () => process.exit(message.ok ? 0 : 1));
