/**
 * The incremental build's cache: each kit file's outputs stored under the hash of everything it
 * is made from (the kit's inputs for it, the edition, the code and the locked dependencies, fonts
 * included). An unchanged file is copied from here instead of rebuilt; `--no-cache` skips it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltFile } from './kit.ts';

/** Under node_modules/.cache, the folder build tools agree to use (and `npm ci` clears). */
export const DEFAULT_CACHE_DIR = path.resolve('node_modules/.cache/dvc-kit');

export interface KitCache {
  get(key: string): Promise<BuiltFile[] | undefined>;
  put(key: string, files: readonly BuiltFile[]): Promise<void>;
}

interface Manifest {
  files: { path: string; text: boolean }[];
}

/** A stable hash of any JSON-able value. */
export function hashInputs(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value) ?? 'undefined').update('\0');
  return hash.digest('hex');
}

/**
 * Code version: the project's own source and the lock file. Any change to either changes
 * every key, so a new layout rule can never be served from an old build.
 */
export async function getCodeVersion(root = process.cwd()): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(path.join(root, 'src'), { recursive: true })).filter((file) => /\.(ts|astro|mjs|json|css)$/.test(file)).sort();
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(root, 'src', file))).update('\0');
  hash.update(await readFile(path.join(root, 'package-lock.json')).catch(() => Buffer.alloc(0)));
  return hash.digest('hex');
}

export function createKitCache(dir: string = DEFAULT_CACHE_DIR): KitCache {
  const folderOf = (key: string) => path.join(dir, key.slice(0, 2), key);
  return {
    async get(key) {
      const folder = folderOf(key);
      const manifest = await readFile(path.join(folder, 'manifest.json'), 'utf8').then((text) => JSON.parse(text) as Manifest, () => undefined);
      if (!manifest) return undefined;
      try {
        return await Promise.all(manifest.files.map(async (file, i) => ({ path: file.path, data: file.text ? await readFile(path.join(folder, String(i)), 'utf8') : await readFile(path.join(folder, String(i))) })));
      } catch {
        return undefined; // A half-removed entry is a miss, not an error.
      }
    },
    async put(key, files) {
      const folder = folderOf(key);
      // Written beside the entry and renamed into place, so a killed build never leaves half an entry.
      const temporary = `${folder}.${process.pid}.tmp`;
      await rm(temporary, { recursive: true, force: true });
      await mkdir(temporary, { recursive: true });
      await Promise.all(files.map((file, i) => writeFile(path.join(temporary, String(i)), file.data)));
      const manifest: Manifest = { files: files.map((file) => ({ path: file.path, text: typeof file.data === 'string' })) };
      await writeFile(path.join(temporary, 'manifest.json'), JSON.stringify(manifest));
      await rm(folder, { recursive: true, force: true });
      await rename(temporary, folder);
    },
  };
}
