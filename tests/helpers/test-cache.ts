import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashTree } from './hash-tree.ts';
import type { SiteVariant } from './site-variants.ts';

/** Where finished shared builds are kept between runs (npm ci empties it with node_modules). */
export const TEST_CACHE_DIR = path.resolve('node_modules/.cache/dvc-kit-tests');

/** The shared sites one run's files read, in the order to build them: written by the sequencer, read by the builder. */
export function getRunPlanFile(runPid: number): string {
  return path.join(TEST_CACHE_DIR, `plan-${runPid}.json`);
}

/**
 * The shared sites (site-variants.ts names) a test file's source reads through getBuiltSite,
 * "example" for a call without a name; undefined when a call names its site some other way than
 * by a quoted name, so the caller must assume every site.
 */
export function findSitesRead(source: string): string[] | undefined {
  const names: string[] = [];
  for (const call of source.matchAll(/getBuiltSite\(([^)]*)\)/g)) {
    const argument = call[1]!.trim();
    if (argument === '') names.push('example');
    else if (/^'[\w-]+'$/.test(argument)) names.push(argument.slice(1, -1));
    else return undefined;
  }
  return names;
}

/**
 * Everything besides the content that decides a build's bytes: the whole of src/ (pages, kits,
 * fonts, images), the Astro and TypeScript configs, the locked dependency versions, and this
 * helper. Broader than the kits' own getCodeVersion (src/build/kit-cache.ts), because a stale
 * test build would hide a change instead of testing it.
 */
export async function getTestCodeVersion(root = process.cwd()): Promise<string> {
  const hash = createHash('sha256');
  const src = await hashTree(path.join(root, 'src'));
  for (const [file, digest] of Object.entries(src)) hash.update(`src/${file}\0${digest}\0`);
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package-lock.json', 'tests/helpers/build-shared-site.ts', 'tests/helpers/test-cache.ts']) {
    hash.update(`${file}\0`).update(await readFile(path.join(root, file)).catch(() => Buffer.alloc(0))).update('\0');
  }
  hash.update(process.version);
  return hash.digest('hex');
}

/** The cache key of one variant: its name, options, edits (their source text), every content file and the code version. */
export async function resolveSiteKey(name: string, variant: SiteVariant, codeVersion: string): Promise<string> {
  const hash = createHash('sha256').update(`${name}\0${codeVersion}\0`);
  hash.update(JSON.stringify({ strictLint: variant.strictLint ?? false, today: variant.today ?? null }));
  for (const [file, edit] of Object.entries(variant.edits ?? {})) hash.update(`edit\0${file}\0${edit.toString()}\0`);
  for (const [file, digest] of Object.entries(await hashTree(variant.contentDir))) hash.update(`content/${file}\0${digest}\0`);
  return hash.digest('hex').slice(0, 20);
}

/** The cache folder of one variant's build: `dist/` and `report.json` (warnings and progress lines). */
export function getSiteEntry(cacheDir: string, name: string, key: string): string {
  return path.join(cacheDir, `${name}-${key}`);
}

/** The content folder a variant is built from: its own folder, or the edited copy kept beside the cache entries. */
export function getVariantContentDir(cacheDir: string, name: string, key: string, variant: SiteVariant): string {
  return variant.edits ? path.join(cacheDir, 'content', `${name}-${key}`) : variant.contentDir;
}

