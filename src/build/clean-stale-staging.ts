import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Folders a build leaves beside dist/ while it runs, named after its process id. */
const LEFTOVER = /^\.dist-(?:staging|previous)-(\d+)$/;

/** Whether a process with this id is running (signal 0 only checks; EPERM means it runs as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `.dist-staging-<pid>` and `.dist-previous-<pid>` folders in `parentDir` whose build
 * is no longer running (killed, power cut): each can be as large as the site. Folders of a
 * build still running are left alone. Returns the names removed.
 */
export async function cleanStaleStaging(parentDir: string, isAlive: (pid: number) => boolean = isProcessAlive): Promise<string[]> {
  const names = await readdir(parentDir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = Number(LEFTOVER.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid);
  });
  await Promise.all(stale.map((name) => rm(path.join(parentDir, name), { recursive: true, force: true })));
  return stale;
}
