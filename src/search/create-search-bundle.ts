/**
 * The search bundle: the files a first search needs besides pagefind's script, one after another
 * in one file, so the page asks for them with one request when the box gets focus.
 *
 * Why one: a slow link pays for every request, not only for its bytes. In Chromium's network
 * emulation at 400 kbit/s and 400 ms, the four files of a first search (script, WebAssembly, data,
 * index chunk; 95.6 KB) took 2.41 s to the last byte, the script and this bundle of the other
 * three 2.34 s, against 2.31 s for the bytes and one round trip. A real 3G link pays more: each
 * connection starts slow (TCP slow start), and each request sends its headers up the link.
 *
 * Why in this order: the data file is small and lets the page match the query's words; the
 * WebAssembly is compiled and warmed up on a tiny index (warm-up-pagefind.ts) while the index
 * chunks, last, are still arriving, so little is left to do once the last byte is in.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchFiles } from '../paths.ts';
import type { SearchBundle, SearchBundlePart } from './search-data.ts';

/**
 * A file of the built site to put in the bundle; `gzip` for one a host would compress itself (the
 * data file's JSON); `body` when the caller has just written it, so it is not read back.
 */
export interface BundledFile {
  href: string;
  gzip?: boolean;
  body?: Buffer;
}

/** Writes `searchFiles.bundle` in `siteDir` from `files`, in their order, and says where each one is in it. */
export async function createSearchBundle(siteDir: string, files: readonly BundledFile[]): Promise<SearchBundle> {
  const parts: SearchBundlePart[] = [];
  const bodies: Buffer[] = [];
  for (const file of files) {
    const served = file.body ?? (await readFile(path.join(siteDir, file.href.replace(/\?.*$/, ''))));
    const body = file.gzip ? gzipSync(served, { level: 9 }) : served;
    bodies.push(body);
    parts.push({ href: file.href, bytes: body.length, ...(file.gzip ? { encoding: 'gzip' as const } : {}) });
  }
  const bundle = Buffer.concat(bodies);
  await writeFile(path.join(siteDir, searchFiles.bundle), bundle);
  const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 12);
  return { href: `${searchFiles.bundle}?v=${hash}`, parts };
}
