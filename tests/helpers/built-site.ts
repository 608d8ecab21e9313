import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { SiteVariantName } from './site-variants.ts';

/** How long a test file waits for a shared build before giving up (a cold build on a busy machine takes minutes). */
const WAIT_LIMIT_MS = 15 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * One shared site of tests/helpers/site-variants.ts, built once per run by global setup (or taken
 * from the cache), its output folder and the address it is served at. Blocks until that build is
 * there and tells the builder this variant is wanted next. Call it at the file's top level: the
 * wait is synchronous and, there, counts against no test's or hook's timeout. Read the folder, never write to it: copy it first (`copySite`).
 */
export function getBuiltSite(name: SiteVariantName = 'example'): { contentDir: string; dir: string; url: string; warnings: string[]; log: string[] } {
  const site = inject('sharedSites')[name];
  if (!site) throw new Error(`No shared site "${name}": add it to tests/helpers/site-variants.ts.`);
  const report = `${site.entry}/report.json`;
  const started = Date.now();
  if (!existsSync(report)) writeFileSync(`${site.entry}.wanted`, '');
  while (!existsSync(report)) {
    if (existsSync(`${site.entry}.failed`)) throw new Error(`The shared "${name}" site did not build:\n${readFileSync(`${site.entry}.failed`, 'utf8')}`);
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`The shared "${name}" site was not built within ${WAIT_LIMIT_MS / 60_000} minutes.`);
    sleep(100);
  }
  const { warnings, log } = JSON.parse(readFileSync(report, 'utf8')) as { warnings: string[]; log: string[] };
  return { contentDir: site.contentDir, dir: site.dir, url: site.url, warnings, log };
}

/** A copy of a built site in a temporary folder, for a test that builds over it or changes it. */
export async function copySite(dir: string): Promise<string> {
  const copy = path.join(await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-site-copy-')), 'dist');
  await cp(dir, copy, { recursive: true });
  return copy;
}
