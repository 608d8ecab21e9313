import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../content/content-dir.ts';
import { t } from '../i18n/t.ts';
import { BuildFsError, describeFsError } from './describe-fs-error.ts';

/** A fresh staging folder beside `outDir` (same file system, so the final rename is atomic). */
export function getStagingDir(outDir: string): string {
  return path.join(path.dirname(outDir), `.dist-staging-${process.pid}`);
}

/** Where the previous output waits during a swap: beside `outDir`, never inside the live site. */
export function getPreviousDir(outDir: string): string {
  return path.join(path.dirname(outDir), `.dist-previous-${process.pid}`);
}

/** The file operations a swap uses; tests pass a failing rename to prove the rollback. */
export interface SwapFs {
  rename: (from: string, to: string) => Promise<void>;
  rm: (target: string) => Promise<void>;
}

const nodeFs: SwapFs = { rename, rm: (target) => rm(target, { recursive: true, force: true }) };

/**
 * Replaces `target` with the finished `staged` folder in two renames: target → previous,
 * staged → target. If the second fails, the first is undone, so at no moment after this returns
 * or throws is `target` missing (DESIGN.md "Build safety"). Failures are one-line BuildFsErrors
 * saying where the previous output is.
 */
export async function swapIntoPlace(staged: string, target: string, { previous = getPreviousDir(target), fs = nodeFs }: { previous?: string; fs?: SwapFs } = {}): Promise<void> {
  const hadOutput = await stat(target).then(() => true, () => false);
  const shown = displayPath(target);
  if (hadOutput) {
    await fs.rm(previous);
    try {
      await fs.rename(target, previous);
    } catch (error) {
      throw new BuildFsError(t('fs.moveAsideFailed', { target: shown, reason: reason(error, target) }), { cause: error });
    }
  }
  try {
    await fs.rename(staged, target);
  } catch (error) {
    if (!hadOutput) throw new BuildFsError(t('fs.swapFailed', { target: shown, reason: reason(error, target) }), { cause: error });
    try {
      await fs.rename(previous, target);
    } catch (rollbackError) {
      throw new BuildFsError(t('fs.swapRollbackFailed', { target: shown, reason: reason(error, target), rollbackReason: reason(rollbackError, previous), previous }), { cause: error });
    }
    throw new BuildFsError(t('fs.swapFailedRolledBack', { target: shown, reason: reason(error, target) }), { cause: error });
  }
  // The new output is live; a previous copy that cannot be removed now is removed by the next build.
  if (hadOutput) await fs.rm(previous).catch(() => undefined);
}

function reason(error: unknown, where: string): string {
  return describeFsError(error, where) ?? `${(error as Error).message}.`;
}
