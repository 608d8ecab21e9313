import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { SITE_VARIANTS } from './site-variants.ts';
import { findSitesRead, getRunPlanFile, TEST_CACHE_DIR } from './test-cache.ts';

const VARIANT_ORDER = Object.keys(SITE_VARIANTS);

/**
 * Vitest's order (longest file first, from the last run's timings), except that the files that
 * read a shared site (getBuiltSite) go last: the shared builds run beside the tests
 * (global-setup.ts), so the two workers first take every file that can start at once. It also
 * tells the builder which shared sites this run reads, most-read first, so running one file
 * builds only the site it needs.
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
    // Most-read first (the example site, which most browser tests read), then in the order of site-variants.ts.
    const plan: { every?: true; sites?: string[] } = everySite ? { every: true } : { sites: [...counts].sort((a, b) => b[1] - a[1] || VARIANT_ORDER.indexOf(a[0]) - VARIANT_ORDER.indexOf(b[0])).map(([name]) => name) };
    // Only a run with the integration project has a builder to read the plan (and remove it).
    if (sorted.some((spec) => spec.project.config.globalSetup.length > 0)) writeFileSync(getRunPlanFile(process.pid), JSON.stringify(plan));
    // Among those, the files whose sites are all built soonest start first (sort is stable): a
    // file reads its sites at its top level, so it starts only when the last of them is there.
    const order = plan.sites ?? [];
    const rank = (spec: TestSpecification) => Math.max(-1, ...(reads.get(spec) ?? []).map((name) => (order.includes(name) ? order.indexOf(name) : order.length)));
    return [...sorted.filter((spec) => !readsSite(spec)), ...sorted.filter(readsSite).sort((a, b) => rank(a) - rank(b))];
  }
}
