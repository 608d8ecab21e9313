// node tests/helpers/build-shared-sites.ts <run pid> <cache dir> <name>:<key> …: builds the shared
// test sites (site-variants.ts) that are not in the cache, two at a time, in a process of its
// own, while Vitest runs the tests that need none. It builds only the sites the run's files read
// (the plan the sequencer writes, sites-last-sequencer.ts; every site if none comes), largest
// first, and a site some file is already waiting for (a "<entry>.wanted" file, getBuiltSite)
// before the rest. Each finished entry appears at once (renamed into place); a failure is written
// to "<entry>.failed" for the waiting tests to report. The kits' files are built on two worker
// threads (byte-identical to one: tests/build/parallel-incremental), so the builder uses the core
// a waiting test worker leaves idle.
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSharedSite } from './build-shared-site.ts';
import { SITE_VARIANTS, type SiteVariantName } from './site-variants.ts';
import { getRunPlanFile } from './test-cache.ts';

const PLAN_WAIT_MS = 10_000;

const [runPid, cacheDir, ...pairs] = process.argv.slice(2);
if (!runPid || !cacheDir || pairs.length === 0) throw new Error('usage: build-shared-sites.ts <run pid> <cache dir> <name>:<key> …');
let queue = pairs.map((pair) => {
  const [name, key] = pair.split(':') as [SiteVariantName, string];
  return { name, key, entry: path.join(cacheDir, `${name}-${key}`) };
});
const exists = (file: string) => access(file).then(() => true, () => false);

const planFile = getRunPlanFile(Number(runPid));
const started = Date.now();
while (!(await exists(planFile)) && Date.now() - started < PLAN_WAIT_MS) await new Promise((resolve) => setTimeout(resolve, 50));
const plan = (await readFile(planFile, 'utf8').then((text) => JSON.parse(text) as { every?: true; sites?: string[] }, () => ({ every: true as const })));
await rm(planFile, { force: true });
if (!plan.every) {
  const order = plan.sites ?? [];
  queue = queue.filter((item) => order.includes(item.name)).sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/**
 * Two builds at a time. The Astro part of each is serialised by its lock (with-astro-lock.ts), so
 * the next site's pages are made while the one before builds its kits, and a core no test needs
 * yet is not left idle.
 */
const LANES = 2;

async function runLane(): Promise<void> {
  while (queue.length > 0) {
    // The other lane may take an item while this one looks: read the flags of a copy, then take
    // the first wanted item still in the queue.
    const looked = [...queue];
    const flags = await Promise.all(looked.map((item) => exists(`${item.entry}.wanted`)));
    const wanted = new Set(looked.filter((_, i) => flags[i]));
    if (queue.length === 0) return;
    const next = queue.splice(Math.max(0, queue.findIndex((item) => wanted.has(item))), 1)[0]!;
    try {
      await buildSharedSite(next.name, SITE_VARIANTS[next.name], { cacheDir, key: next.key, fresh: true, jobs: 2 });
    } catch (error) {
      await writeFile(`${next.entry}.failed`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }
}

await Promise.all(Array.from({ length: LANES }, runLane));
