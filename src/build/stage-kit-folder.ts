import { cp, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanStaleStaging } from './clean-stale-staging.ts';
import { toBuildFsError } from './describe-fs-error.ts';
import { getPreviousDir, getStagingDir, swapIntoPlace, type SwapFs } from './swap-into-place.ts';

export interface StageKitOptions<T> {
  /** The live output folder (dist/). */
  outDir: string;
  /** The kit's folder inside it, e.g. "in-an". */
  folder: string;
  /** Builds the kit into a staging output folder (its files land in `<dir>/<folder>/`). */
  build: (dir: string) => Promise<T>;
  /**
   * Files of the live folder the kit does not make but must keep: by default the site's pages
   * (`index.html` of /in-an/ and the announcer pages), which only the full build renders.
   */
  keep?: (file: string) => boolean;
  fs?: SwapFs;
}

/**
 * Builds one kit (npm run build:print, build:broadcast) without touching the live site until it
 * has finished: into a staging folder, then `<outDir>/<folder>` is swapped with rollback. A
 * failed kit build leaves the live folder as it was (DESIGN.md "Build safety").
 */
export async function stageKitFolder<T>({ outDir, folder, build, keep = (file) => file.endsWith('.html'), fs }: StageKitOptions<T>): Promise<T> {
  await cleanStaleStaging(path.dirname(outDir));
  const staging = getStagingDir(outDir);
  const live = path.join(outDir, folder);
  const staged = path.join(staging, folder);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staged, { recursive: true });
    await cp(live, staged, { recursive: true, filter: async (source) => (await stat(source)).isDirectory() || keep(source) }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    const result = await build(staging);
    await mkdir(outDir, { recursive: true });
    await swapIntoPlace(staged, live, { previous: getPreviousDir(outDir), fs });
    return result;
  } catch (error) {
    throw toBuildFsError(error, staging);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
