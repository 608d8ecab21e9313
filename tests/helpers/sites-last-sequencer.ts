import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { SITE_VARIANTS } from './site-variants.ts';
import { findSitesRead, getRunPlanFile, TEST_CACHE_DIR } from './test-cache.ts';

/** A variant's content in bytes: a build's time grows with its guides and communes. */
function contentBytes(name: string): number {
  const dir = SITE_VARIANTS[name as keyof typeof SITE_VARIANTS].contentDir;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/**
 * Vitest's order (longest file first, from the last run's timings), except that the files that
 * read a shared site (getBuiltSite) go last: the shared builds run beside the tests
 * (global-setup.ts), so the two workers first take every file that can start at once. It also
 * tells the builder which shared sites this run reads, largest first, so running one file builds
 * only the site it needs.
 */
export class SitesLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const reads = new Map(sorted.map((spec) => [spec, findSitesRead(readFileSync(spec.moduleId, 'utf8'))] as const));
    const readsSite = (spec: TestSpecification) => reads.get(spec)?.length !== 0;
    const counts = new Map<string, number>();
    let everySite = false;
    for (const names of reads.values()) {
      if (!names) everySite = true;
      for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    mkdirSync(TEST_CACHE_DIR, { recursive: true });
    // Largest content first (longest build first: the builder's two lanes then end together).
    // Most-read first left the office's own content/, the largest and read by one file, to be
    // built last, beside the browser tests: it ended a fresh run at 158 s, a build of 17 s alone.
    // A file that is waiting still gets its site next (build-shared-sites.ts).
    const sizes = new Map([...counts.keys()].map((name) => [name, contentBytes(name)]));
    const plan: { every?: true; sites?: string[] } = everySite ? { every: true } : { sites: [...counts.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || counts.get(b)! - counts.get(a)!) };
    // Only a run with the integration project has a builder to read the plan (and remove it).
    if (sorted.some((spec) => spec.project.config.globalSetup.length > 0)) writeFileSync(getRunPlanFile(process.pid), JSON.stringify(plan));
    // Among those, the files whose sites are all built soonest start first (sort is stable): a
    // file reads its sites at its top level, so it starts only when the last of them is there.
    const order = plan.sites ?? [];
    const rank = (spec: TestSpecification) => Math.max(-1, ...(reads.get(spec) ?? []).map((name) => (order.includes(name) ? order.indexOf(name) : order.length)));
    return [...sorted.filter((spec) => !readsSite(spec)), ...sorted.filter(readsSite).sort((a, b) => rank(a) - rank(b))];
  }
}
