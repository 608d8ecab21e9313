import { access, cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildAll } from '../../src/build/build-all.ts';
import type { SiteVariant } from './site-variants.ts';
import { getSiteEntry, getTestCodeVersion, getVariantContentDir, resolveSiteKey, TEST_CACHE_DIR } from './test-cache.ts';

/** One shared build: its content folder, output folder, the build's warnings and progress lines. */
export interface SharedSite {
  name: string;
  contentDir: string;
  dir: string;
  warnings: string[];
  log: string[];
  /** Taken from the cache rather than built in this run. */
  fromCache: boolean;
  /** How long this run spent on it (building, or finding it in the cache). */
  ms: number;
}

interface StoredReport {
  warnings: string[];
  log: string[];
}

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * A full build of one variant, from the cache when an entry with the same key is there (unless
 * `fresh`), else built now into a folder beside the entry and renamed into place, so a killed run
 * never leaves half an entry. Older entries of the same variant are removed.
 */
export async function buildSharedSite(
  name: string,
  variant: SiteVariant,
  { cacheDir = TEST_CACHE_DIR, fresh = false, key: knownKey, jobs = 1 }: { cacheDir?: string; fresh?: boolean; key?: string; jobs?: number } = {},
): Promise<SharedSite> {
  const start = performance.now();
  const key = knownKey ?? (await resolveSiteKey(name, variant, await getTestCodeVersion()));
  const entry = getSiteEntry(cacheDir, name, key);
  const contentDir = getVariantContentDir(cacheDir, name, key, variant);
  const done = (report: StoredReport, fromCache: boolean): SharedSite => ({ name, contentDir, dir: path.join(entry, 'dist'), ...report, fromCache, ms: performance.now() - start });

  if (!fresh && (await exists(path.join(entry, 'report.json'))) && (!variant.edits || (await exists(contentDir)))) {
    return done(JSON.parse(await readFile(path.join(entry, 'report.json'), 'utf8')) as StoredReport, true);
  }
  await mkdir(cacheDir, { recursive: true });
  if (variant.edits) await writeEditedContent(variant.contentDir, variant.edits, contentDir);
  const building = `${entry}.building`;
  await rm(building, { recursive: true, force: true });
  const log: string[] = [];
  const report = await buildAll({ contentDir, outDir: path.join(building, 'dist'), log: (line) => log.push(line), strictLint: variant.strictLint, today: variant.today, jobs });
  const stored: StoredReport = { warnings: report.warnings, log };
  await writeFile(path.join(building, 'report.json'), JSON.stringify(stored));
  await rm(entry, { recursive: true, force: true });
  await rm(`${entry}.failed`, { force: true });
  await rename(building, entry);
  await removeOtherEntries(cacheDir, name, key);
  return done(stored, false);
}

async function writeEditedContent(from: string, edits: Record<string, (text: string) => string>, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(to, file);
    const before = await readFile(target, 'utf8').catch(() => '');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, edit(before));
  }
}

async function removeOtherEntries(cacheDir: string, name: string, key: string): Promise<void> {
  // "fixture-<key>" must not match a variant named "fixture-…-<key>": a key is 20 hex digits.
  const ofVariant = new RegExp(`^${name}-([0-9a-f]{20})(\\.|$)`);
  const isOther = (entryName: string) => {
    const match = ofVariant.exec(entryName);
    return match !== null && match[1] !== key;
  };
  for (const folder of [cacheDir, path.join(cacheDir, 'content')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const entryName of names.filter(isOther)) await rm(path.join(folder, entryName), { recursive: true, force: true });
  }
}
