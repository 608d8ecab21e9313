/**
 * Fixtures for print integration tests: the real content folder (example content doubles as
 * fixtures), a small subset of the kit to build, and copies of the content to break on purpose.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Content } from '../../src/content/load-content.ts';
import { splitFrontmatter } from '../../src/content/read-source.ts';
import type { PrintFileEntry } from '../../src/print/print-catalogue.ts';
import { copyContent, EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';

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
    (entry.job.kind !== 'banner' && entry.job.guide === TEST_GUIDE && (entry.edition.kind === 'office' || (entry.edition.slug === commune && entry.kind === 'leaflet'))) ||
    (entry.job.kind === 'banner' && entry.job.id === 'khau-hieu-1');
}

export async function makeTempDir(name: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `dvc-print-${name}-`));
}

/** A temp copy of the content folder with one guide's frontmatter rewritten by `change`. */
export async function copyContentWithGuide(change: (frontmatter: Record<string, unknown>) => void, slug = TEST_GUIDE): Promise<string> {
  const file = `guides/${slug}.mdx`;
  return copyContent(
    {
      [file]: (source) => {
        const { frontmatter, body } = splitFrontmatter(source, file);
        const data = frontmatter as Record<string, unknown>;
        change(data);
        return `---\n${stringify(data)}---\n${body}`;
      },
    },
    EXAMPLE_CONTENT,
  );
}
