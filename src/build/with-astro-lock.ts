/**
 * One Astro build at a time per project folder. Astro 7 writes its prerender bundle to
 * `.astro/.prerender/` under the project root whatever the output folder, so two builds at once
 * (two test files, a build beside `astro dev`) delete each other's chunks ("Cannot find module
 * …/.astro/.prerender/chunks/…"). A lock folder (mkdir is atomic) holding the owner's pid
 * serialises them; a lock whose owner has died is taken over.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WAIT_MS = 200;

export async function withAstroLock<T>(root: string, run: () => Promise<T>): Promise<T> {
  const lock = path.join(root, '.astro', 'build.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
      if (Number.isInteger(owner) && !isAlive(owner)) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    }
  }
  try {
    await writeFile(path.join(lock, 'pid'), String(process.pid));
    return await run();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
