/**
 * `npm run build -- --only print[,broadcast]`: rebuilds only the named kits. They are built in
 * a staging folder like a full build; only then does each kit's folder of dist/ change, so a
 * failure (a content error, a full disk) leaves every file of dist/ as it was.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadContent } from '../content/load-content.ts';
import type { BuildReport, StageTiming } from './build-all.ts';
import { getKit } from './kits.ts';
import { runKit } from './run-kit.ts';
import { getStagingDir, swapFoldersIntoPlace } from './swap-into-place.ts';

export async function buildKitsOnly(names: readonly string[], contentDir: string, outDir: string, log: (line: string) => void): Promise<BuildReport> {
  const kits = names.map(getKit);
  const timings: StageTiming[] = [];
  const warnings: string[] = [];
  const content = await loadContent(contentDir);
  const staging = getStagingDir(path.resolve(outDir));
  await rm(staging, { recursive: true, force: true });
  try {
    for (const kit of kits) {
      const report = await runKit(kit, content, staging, { log });
      timings.push({ stage: kit.name, ms: report.totalMs });
      warnings.push(...report.warnings);
    }
    await swapFoldersIntoPlace(staging, path.resolve(outDir), kits.map((kit) => kit.folder));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { timings, warnings };
}
