import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadContent } from '../content/load-content.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { KITS } from './kits.ts';
import { runKit } from './run-kit.ts';
import { buildSite } from './build-site.ts';
import { getStagingDir, swapIntoPlace } from './swap-into-place.ts';

export interface BuildOptions {
  /** Content folder (default: content/ or DVC_CONTENT_DIR). */
  contentDir: string;
  /** Where the finished kit lands (default: dist/). */
  outDir: string;
  /** Progress lines. */
  log: (line: string) => void;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface BuildReport {
  timings: StageTiming[];
  warnings: string[];
}

/**
 * One build of everything: check the content, build the site, every registered kit
 * (src/build/kits.ts) and the search index into a staging folder, then swap it in. Any failure
 * leaves `outDir` as it was.
 */
export async function buildAll({ contentDir, outDir, log }: BuildOptions): Promise<BuildReport> {
  const timings: StageTiming[] = [];
  const warnings: string[] = [];
  const timed = async <T>(stage: string, run: () => Promise<T>): Promise<T> => {
    log(`▸ ${stage}…`);
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    timings.push({ stage, ms });
    log(`  ${stage}: ${(ms / 1000).toFixed(1)} s`);
    return result;
  };

  const content = await timed('content', () => loadContent(contentDir));
  const staging = getStagingDir(path.resolve(outDir));
  await rm(staging, { recursive: true, force: true });
  try {
    await timed('site', () => buildSite(contentDir, staging));
    for (const kit of KITS) {
      const report = await timed(kit.name, () => runKit(kit, content, staging, { log }));
      warnings.push(...report.warnings);
    }
    const search = await timed('search', () => buildSearchIndex(staging));
    log(`  pagefind read ${search.pages} pages`);
    await swapIntoPlace(staging, path.resolve(outDir));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { timings, warnings };
}
