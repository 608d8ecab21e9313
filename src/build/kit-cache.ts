/**
 * The incremental build's cache: each kit file's outputs stored under the hash of everything it
 * is made from (the kit's inputs for it, the edition, the code and the locked dependencies, fonts
 * included). An unchanged file is copied from here instead of rebuilt; `--no-cache` skips it.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltFile } from './kit.ts';

/** Under node_modules/.cache, the folder build tools agree to use (and `npm ci` clears). */
export const DEFAULT_CACHE_DIR = path.resolve('node_modules/.cache/dvc-kit');

/** A file a kit wrote: its site path and size. */
export interface WrittenFile {
  path: string;
  bytes: number;
}

export interface KitCache {
  /**
   * Copies a stored entry's files to their site paths below `outDir` (copyFile, a reflink where
   * the file system has them: the bytes never pass through JavaScript); undefined on a miss.
   */
  restore(key: string, outDir: string, folders?: FolderMaker): Promise<WrittenFile[] | undefined>;
  put(key: string, files: readonly BuiltFile[]): Promise<void>;
}

interface Manifest {
  files: WrittenFile[];
}

/** mkdir -p, asked once per folder however many files go into it (thousands of files share a few folders). */
export type FolderMaker = (folder: string) => Promise<unknown>;

export function createFolderMaker(): FolderMaker {
  const made = new Map<string, Promise<unknown>>();
  return (folder) => {
    let done = made.get(folder);
    if (!done) made.set(folder, (done = mkdir(folder, { recursive: true })));
    return done;
  };
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
    async restore(key, outDir, folders = createFolderMaker()) {
      const folder = folderOf(key);
      const manifest = await readFile(path.join(folder, 'manifest.json'), 'utf8').then((text) => JSON.parse(text) as Manifest, () => undefined);
      if (!manifest) return undefined;
      try {
        await Promise.all(
          manifest.files.map(async (file, i) => {
            const target = path.join(outDir, file.path);
            await folders(path.dirname(target));
            await copyFile(path.join(folder, String(i)), target, constants.COPYFILE_FICLONE);
          }),
        );
        return manifest.files;
      } catch {
        return undefined; // A half-removed entry is a miss, not an error: the file is rebuilt over it.
      }
    },
    async put(key, files) {
      const folder = folderOf(key);
      // Written beside the entry and renamed into place, so a killed build never leaves half an entry.
      const temporary = `${folder}.${process.pid}.tmp`;
      await rm(temporary, { recursive: true, force: true });
      await mkdir(temporary, { recursive: true });
      await Promise.all(files.map((file, i) => writeFile(path.join(temporary, String(i)), file.data)));
      const manifest: Manifest = { files: files.map((file) => ({ path: file.path, bytes: Buffer.byteLength(file.data) })) };
      await writeFile(path.join(temporary, 'manifest.json'), JSON.stringify(manifest));
      await rm(folder, { recursive: true, force: true });
      await rename(temporary, folder);
    },
  };
}
