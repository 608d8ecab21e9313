import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import { createFreshPrerenderPlugin } from './create-fresh-prerender-plugin.ts';
import { withAstroLock } from './with-astro-lock.ts';

/**
 * Builds the Astro site from `contentDir` into `outDir`. Astro's content cache is kept per
 * content folder and per version of src/schemas/, so a fixture build never serves entries
 * cached from another folder, and a schema change re-parses every entry (Astro's data store
 * keys entries by file content alone, and would keep data shaped by the old schema). Each build
 * also gets prerender modules of its own, so several builds in one process (the bench, the tests)
 * never render with an earlier build's modules (create-fresh-prerender-plugin.ts).
 */
export function buildSite(contentDir: string, outDir: string): Promise<void> {
  return withAstroLock(process.cwd(), () => buildSiteNow(contentDir, outDir));
}

async function buildSiteNow(contentDir: string, outDir: string): Promise<void> {
  // astro.config.mjs and src/content.config.ts read the content folder from the environment.
  const previous = process.env.DVC_CONTENT_DIR;
  process.env.DVC_CONTENT_DIR = contentDir;
  const key = createHash('sha256').update(contentDir).update(getSchemaFingerprint()).digest('hex').slice(0, 12);
  try {
    await build({
      root: process.cwd(),
      outDir,
      cacheDir: path.join(os.tmpdir(), `dvc-kit-astro-cache-${key}`),
      logLevel: process.env.DVC_VERBOSE ? 'info' : 'warn',
      vite: { plugins: [createFreshPrerenderPlugin()] },
    });
  } finally {
    if (previous === undefined) delete process.env.DVC_CONTENT_DIR;
    else process.env.DVC_CONTENT_DIR = previous;
  }
}

function getSchemaFingerprint(): string {
  const folder = path.join(process.cwd(), 'src', 'schemas');
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) hash.update(name).update(readFileSync(path.join(folder, name)));
  return hash.digest('hex');
}
