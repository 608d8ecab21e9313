import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadContent } from '../content/load-content.ts';
import { getEditions } from '../editions/get-editions.ts';
import { runContentLint } from '../lint/lint-content.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { buildServiceWorker } from './build-service-worker.ts';
import { buildSite } from './build-site.ts';
import { cleanStaleStaging } from './clean-stale-staging.ts';
import { toBuildFsError } from './describe-fs-error.ts';
import { createKitCache, getCodeVersion } from './kit-cache.ts';
import type { Kit, KitFile } from './kit.ts';
import { getUnmatchedCommunes } from './get-unmatched-communes.ts';
import { runKit } from './run-kit.ts';
import { stageKitFolder } from './stage-kit-folder.ts';
import { getStagingDir, swapIntoPlace } from './swap-into-place.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';
import { t } from '../i18n/t.ts';

export interface BuildOptions {
  /** Content folder (default: content/ or DVC_CONTENT_DIR). */
  contentDir: string;
  /** Where the finished kit lands (default: dist/). */
  outDir: string;
  /** Progress lines, in Vietnamese for the office. */
  log: (line: string) => void;
  /** Called as each stage starts, with its name ("content", a kit's name): the benchmark samples memory per stage. */
  onStage?: (stage: string) => void;
  /** Workers for the kits' files; 1 builds in this thread. Default 1 (the command line uses every core). */
  jobs?: number;
  /** Cache folder for the incremental build; undefined builds every file afresh. */
  cacheDir?: string;
  /** Build the kit files of these communes only (slugs or globs; "office" for the office's own): one shard of a build spread over machines. */
  communes?: readonly string[];
  /** Rebuild only these kits (names from src/build/kits.ts): their folders of `outDir` change, nothing else. */
  only?: readonly string[];
  /** Content linter findings stop the build instead of being warnings (CI, `--strict-lint`). */
  strictLint?: boolean;
  /** The day the linter dates "reviewed" against (YYYY-MM-DD; default today). */
  today?: string;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface KitTiming {
  kit: string;
  ms: number;
  /** Kit files built afresh and taken from the cache. */
  built: number;
  cached: number;
}

export interface BuildReport {
  timings: StageTiming[];
  warnings: string[];
  /** Kit files built and files taken from the cache. */
  files: { built: number; cached: number };
  /** Per kit: its time and files (the province benchmark shows which kit dominates). */
  kits: KitTiming[];
}

/**
 * One build of everything: check the content, build the site, every registered kit
 * (src/build/kits.ts) and the search index into a staging folder, then swap it in. Any failure
 * leaves `outDir` as it was. With `only`, just those kits are built (staged the same way) and
 * only their folders are swapped.
 */
export async function buildAll({ contentDir, outDir, log, onStage, jobs = 1, cacheDir, communes, only, strictLint, today }: BuildOptions): Promise<BuildReport> {
  // The kits' code (pdfkit, pdf.js, pptxgenjs: some 60 MB) is loaded once the site is built, so
  // this process stays small while the site's child process runs; `--only` names are checked first.
  const loadKits = async () => {
    const { getKit, KITS } = await import('./kits.ts');
    return only ? only.map(getKit) : KITS;
  };
  const onlyKits = only ? await loadKits() : undefined;
  const timings: StageTiming[] = [];
  const warnings: string[] = [];
  const files = { built: 0, cached: 0 };
  const kitTimings: KitTiming[] = [];
  // Stages keep their names in the report (the benchmark's rows); the log says them in Vietnamese.
  const timed = async <T>(stage: string, label: string, run: () => Promise<T>): Promise<T> => {
    onStage?.(stage);
    log(t('build.stageStart', { stage: label }));
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    timings.push({ stage, ms });
    log(t('build.stageDone', { stage: label, seconds: (ms / 1000).toFixed(1) }));
    return result;
  };

  const content = await timed('content', t('build.stage.content'), () => loadContent(contentDir));
  warnings.push(...(await timed('lint', t('build.stage.lint'), () => runContentLint(content, { strict: strictLint, today }))));
  const editions = communes ? getEditions(content, { communes: communes.filter((name) => name !== 'office'), withoutOffice: !communes.includes('office') }) : getEditions(content);
  if (communes) warnings.push(...getUnmatchedCommunes(content, communes));
  const target = path.resolve(outDir);
  // Workers start when the first kit needs them and stop after the last one: each holds its own
  // copy of the content and the kits' code, which must not sit beside the site build's process.
  let pool: WorkerPool | undefined;
  const getPool = () => (jobs > 1 ? (pool ??= createWorkerPool(content, jobs)) : undefined);
  const closePool = async () => {
    const open = pool;
    pool = undefined;
    await open?.close();
  };
  const cache = cacheDir ? { store: createKitCache(cacheDir), codeVersion: await getCodeVersion() } : undefined;
  const buildKit = async (kit: Kit<KitFile>, dir: string) => {
    const workers = getPool();
    const report = await timed(kit.name, kit.label, () => runKit(kit, content, dir, { log, editions, ...(workers ? { pool: workers } : {}), ...(cache ? { cache } : {}) }));
    // A page a kit wrote would be missing from the search index, which is built before the kits.
    const page = report.files.flatMap((file) => file.written).find((item) => item.path.endsWith('.html'));
    if (page) throw new Error(`kit ${kit.name} wrote ${page.path}: kits write files, the site writes pages (the search index is made before the kits run)`);
    warnings.push(...report.warnings);
    const counts = { built: 0, cached: 0 };
    for (const file of report.files) counts[file.cached ? 'cached' : 'built']++;
    files.built += counts.built;
    files.cached += counts.cached;
    kitTimings.push({ kit: kit.name, ms: report.totalMs, ...counts });
  };
  try {
    if (only) {
      // Each kit in its own staging folder; only its folder of dist/ is swapped (stage-kit-folder.ts).
      for (const kit of onlyKits!) await stageKitFolder({ outDir: target, folder: kit.folder, build: (dir) => buildKit(kit, dir) });
    } else {
      await cleanStaleStaging(path.dirname(target));
      const staging = getStagingDir(target);
      await rm(staging, { recursive: true, force: true });
      try {
        await timed('site', t('build.stage.site'), () => buildSite(contentDir, staging, cacheDir));
        // The index reads only the site's pages (kits write no HTML), so it runs before the kits,
        // while this process is small: after them, pagefind's process sat beside the heaps the
        // kit stages leave behind, the build's highest memory at 92 communes (issue 13).
        const search = await timed('search', t('build.stage.search'), () => buildSearchIndex(staging, content.searchTerms));
        log(t('build.searchPages', { count: search.pages }));
        for (const kit of await loadKits()) await buildKit(kit, staging);
        await closePool();
        await timed('offline', t('build.stage.offline'), () => buildServiceWorker(staging, content.pages.map((page) => page.slug)));
        await swapIntoPlace(staging, target);
      } catch (error) {
        throw toBuildFsError(error, staging);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    }
  } finally {
    await closePool();
  }
  return { timings, warnings, files, kits: kitTimings };
}
