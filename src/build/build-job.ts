/**
 * Building one kit file named by kit, edition and file id: what a build worker does for each job
 * (kit-worker.ts), and what the main thread does for its own share (worker-pool.ts).
 */
import type { Content } from '../content/load-content.ts';
import type { EditionRef } from '../editions/edition.ts';
import { resolveEdition } from '../editions/resolve-edition.ts';
import type { BuiltFile, KitFile } from './kit.ts';

export interface BuildJob {
  kit: string;
  edition: EditionRef;
  file: string;
}

/** A builder over `content` that lists each kit's files for an edition once, not once per file. */
export function createJobBuilder(content: Content): (job: BuildJob) => Promise<BuiltFile[]> {
  const filesByEdition = new Map<string, KitFile[]>();
  return async (job) => {
    // The kits' code (pdfkit, pdf.js, pptxgenjs: some 90 MB) loads with the first job, not with
    // this module: build-all.ts imports the pool before the site stage, and this process must
    // stay small while the site's child process runs (issue 13: peak memory ≤ 1 GB).
    const { getKit } = await import('./kits.ts');
    const kit = getKit(job.kit);
    const edition = resolveEdition(content, job.edition);
    const key = `${job.kit}\0${edition.id}`;
    let files = filesByEdition.get(key);
    if (!files) filesByEdition.set(key, (files = kit.getFiles(content, edition)));
    const file = files.find((candidate) => candidate.id === job.file);
    if (!file) throw new Error(`${job.kit} has no file ${job.file} for ${edition.id}`);
    return kit.buildFile(content, edition, file);
  };
}
