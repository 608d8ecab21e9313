/**
 * Fixtures for print integration tests: the real content folder (example content doubles as
 * fixtures), a small subset of the kit to build, and copies of the content to break on purpose.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { getContentDir } from '../../src/content/content-dir.ts';
import type { Content } from '../../src/content/load-content.ts';
import type { PrintFileEntry } from '../../src/print/print-catalogue.ts';

/** The guide the print tests build: the first example guide, present from the start. */
export const TEST_GUIDE = 'dang-ky-tai-khoan-vneid-muc-2';

export function getTestCommune(content: Content) {
  const commune = content.communes.find((candidate) => candidate.featured.includes(TEST_GUIDE));
  if (!commune) throw new Error(`no commune in the example content features ${TEST_GUIDE}`);
  return commune;
}

/** One guide's leaflet and four posters, its leaflet in one commune's edition, and one banner of each format. */
export function isTestSubset(content: Content) {
  const commune = getTestCommune(content).slug;
  return (entry: PrintFileEntry) =>
    (entry.job.kind !== 'banner' && entry.job.guide === TEST_GUIDE && (entry.job.commune === undefined || (entry.job.commune === commune && entry.kind === 'leaflet'))) ||
    (entry.job.kind === 'banner' && entry.job.id === 'khau-hieu-1');
}

export async function makeTempDir(name: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `dvc-print-${name}-`));
}

/** Copies the content folder to a temp dir and rewrites one guide's frontmatter. */
export async function copyContentWithGuide(change: (frontmatter: Record<string, unknown>) => void, slug = TEST_GUIDE): Promise<string> {
  const dir = await makeTempDir('content');
  await cp(getContentDir(), dir, { recursive: true });
  const file = path.join(dir, 'guides', `${slug}.mdx`);
  const source = await readFile(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${file} has no frontmatter`);
  const frontmatter = parse(match[1]!) as Record<string, unknown>;
  change(frontmatter);
  await writeFile(file, `---\n${stringify(frontmatter)}---\n${source.slice(match[0].length)}`);
  return dir;
}
