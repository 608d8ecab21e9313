import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A fresh staging folder beside `outDir` (same file system, so the final rename is atomic). */
export function getStagingDir(outDir: string): string {
  return path.join(path.dirname(outDir), `.dist-staging-${process.pid}`);
}

/**
 * Replaces `outDir` with the finished `stagingDir`. Until this runs, the previous output is
 * untouched, so a failed build never leaves a half-written site behind.
 */
export async function swapIntoPlace(stagingDir: string, outDir: string): Promise<void> {
  const previous = path.join(path.dirname(outDir), `.dist-previous-${process.pid}`);
  const hadOutput = await exists(outDir);
  if (hadOutput) await rename(outDir, previous);
  await rename(stagingDir, outDir);
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}

/**
 * Replaces only some top folders of `outDir` (one kit's "in-an/") with those of `stagingDir`,
 * leaving the rest of the site as it is. The site's own pages inside such a folder (the
 * catalogue page, announcer pages: every index.html) are not the kit's to rebuild, so they are
 * carried over from the previous output; every other file is the new build's.
 */
export async function swapFoldersIntoPlace(stagingDir: string, outDir: string, folders: readonly string[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const folder of folders) {
    const built = path.join(stagingDir, folder);
    const live = path.join(outDir, folder);
    await mkdir(built, { recursive: true });
    if (await exists(live)) {
      await cp(live, built, { recursive: true, force: false, filter: async (source) => (await stat(source)).isDirectory() || path.basename(source) === 'index.html' });
    }
    await swapIntoPlace(built, live);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
