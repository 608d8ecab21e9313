import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import { createFreshPrerenderPlugin } from './create-fresh-prerender-plugin.ts';

/**
 * Runs Astro's build of `contentDir` into `outDir` in this process. The build command calls it
 * in a child process of its own (build-site.ts, site-process.ts). Astro's content cache is kept
 * per content folder and per version of src/schemas/, so a fixture build never serves entries
 * cached from another folder, and a schema change re-parses every entry (Astro's data store
 * keys entries by file content alone, and would keep data shaped by the old schema). Each build
 * also gets prerender modules of its own, so several builds in one process never render with an
 * earlier build's modules (create-fresh-prerender-plugin.ts).
 *
 * With `cacheDir` (the incremental build's folder, kit-cache.ts), Astro's cache lives there and
 * its incremental build is on (experimental.incrementalBuild, Astro 7.2+): a page whose
 * getStaticPaths entry gives a `cacheKey` equal to the last build's, and whose modules are
 * unchanged, is copied from the last build instead of rendered (the per-commune pages:
 * src/editions/get-edition-page-key.ts). Without it, every page is rendered, as `--no-cache` asks.
 */
export async function buildAstroSite(contentDir: string, outDir: string, cacheDir?: string, root: string = process.cwd()): Promise<void> {
  // astro.config.mjs and src/content.config.ts read the content folder from the environment.
  const previous = process.env.DVC_CONTENT_DIR;
  process.env.DVC_CONTENT_DIR = contentDir;
  const key = createHash('sha256').update(contentDir).update(getSchemaFingerprint(root)).digest('hex').slice(0, 12);
  try {
    await build({
      root,
      outDir,
      cacheDir: cacheDir ? path.join(cacheDir, 'astro', key) : path.join(os.tmpdir(), `dvc-kit-astro-cache-${key}`),
      ...(cacheDir ? { experimental: { incrementalBuild: true } } : {}),
      logLevel: process.env.DVC_VERBOSE ? 'info' : 'warn',
      vite: { plugins: [createFreshPrerenderPlugin()] },
    });
  } finally {
    if (previous === undefined) delete process.env.DVC_CONTENT_DIR;
    else process.env.DVC_CONTENT_DIR = previous;
  }
}

function getSchemaFingerprint(root: string): string {
  const folder = path.join(root, 'src', 'schemas');
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) hash.update(name).update(readFileSync(path.join(folder, name)));
  return hash.digest('hex');
}
