import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { findSitesRead, getRunPlanFile, TEST_CACHE_DIR } from './test-cache.ts';

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
    const plan = everySite ? { every: true } : { sites: [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name) };
    writeFileSync(getRunPlanFile(process.pid), JSON.stringify(plan));
    return [...sorted.filter((spec) => !readsSite(spec)), ...sorted.filter(readsSite)];
  }
}
