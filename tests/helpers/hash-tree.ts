import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir` with the SHA-256 of its bytes, sorted: equal maps mean byte-identical trees. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
  const hashes: Record<string, string> = {};
  for (const file of files) hashes[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return hashes;
}
