import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The small fixture content folder: 3 guides, 1 commune (not sample), glossary, pages. */
export const FIXTURE_CONTENT = path.resolve('tests/fixtures/content');

/**
 * A full example office (11 guides, two sample communes), frozen as a fixture: integration and
 * browser tests build this, never content/, so an office that replaces content/ with its own
 * keeps `npm test` green. The one smoke test of content/ is tests/smoke/.
 */
export const EXAMPLE_CONTENT = path.resolve('tests/fixtures/example-content');

/**
 * A temporary copy of a content folder with some files edited: `edits` maps a path inside the
 * folder to a function from the old text ("" for a new file) to the new text.
 */
export async function copyContent(edits: Record<string, (text: string) => string> = {}, from = FIXTURE_CONTENT): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-content-'));
  await cp(from, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8').catch(() => '');
    await writeFile(target, edit(before));
  }
  return dir;
}
