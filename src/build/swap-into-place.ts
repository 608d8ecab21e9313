import { rename, rm, stat } from 'node:fs/promises';
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
  const hadOutput = await stat(outDir).then(() => true, () => false);
  if (hadOutput) await rename(outDir, previous);
  await rename(stagingDir, outDir);
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}
