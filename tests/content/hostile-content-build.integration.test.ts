import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/build-all.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { copySite, getBuiltSite } from '../helpers/built-site.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { SITE_VARIANTS } from '../helpers/site-variants.ts';
import { hashTree } from '../helpers/hash-tree.ts';
import { HOSTILE_FILES } from './hostile-files.ts';
import { HOSTILE_MDX } from './hostile-corpus.ts';

// A copy of the shared fixture build is the live dist/; every hostile content folder is then
// built over it and must be refused with its message, leaving dist/ byte for byte as it was.
const fixture = getBuiltSite('fixture');
// The fixture built again with a BOM before one guide (site-variants.ts), read here so the wait
// for its build counts against no test's timeout.
const withBom = getBuiltSite('fixture-bom');
let dist: string;
let before: Record<string, string>;

beforeAll(async () => {
  dist = await copySite(fixture.dir);
  before = await hashTree(dist);
});

async function expectRefusedAndUntouched(contentDir: string, expected: string): Promise<void> {
  const message = await buildAll({ contentDir, outDir: dist, log: () => {} }).then(() => 'built', (error: Error) => error.message);
  expect(message).toContain(expected);
  expect(await hashTree(dist)).toEqual(before);
  expect(await readdir(path.dirname(dist))).toEqual(['dist']);
}

const guide = 'guides/tai-khoan-vneid.mdx';
const ASTRO_BUILD_TIMEOUT_MS = 600_000;

describe('a build of hostile content', () => {
  it('starts from a fixture build with pages, print and broadcast files', () => {
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'tim-kiem/index.html', 'in-an/index.html']));
    expect(Object.keys(before).length).toBeGreaterThan(50);
  });

  it.each(HOSTILE_MDX.map((entry) => [entry.name, entry] as const))('refuses %s in a guide body and leaves dist/ byte-identical', async (_name, entry) => {
    const contentDir = await copyContent({ [guide]: (text) => `${text}\n${entry.body}\n` });
    await expectRefusedAndUntouched(contentDir, entry.expect);
  });

  it.each(HOSTILE_FILES.map((entry) => [entry.name, entry] as const))('refuses %s and leaves dist/ byte-identical', async (_name, entry) => {
    const contentDir = await copyContent();
    await entry.prepare(contentDir);
    await expectRefusedAndUntouched(contentDir, entry.expect);
  });

  // An Astro build waits its turn behind the shared sites' builds (one Astro build at a time:
  // src/build/with-astro-lock.ts), which may take minutes on a busy machine.
  it('refuses an expression through Astro\'s own loader too, when Astro runs without npm run build (astro build, astro dev)', async () => {
    const contentDir = await copyContent({ [guide]: (text) => `${text}\n{process.env.HOME}\n` });
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-astro-')), 'dist');
    const message = await buildSite(contentDir, out).then(() => 'built', (error: Error) => error.message);
    expect(message).toContain('Có biểu thức trong ngoặc nhọn "{process.env.HOME}"');
  }, ASTRO_BUILD_TIMEOUT_MS);

  it('builds the same pages twice byte for byte, policy hashes included, though one guide starts with a BOM', async () => {
    // "fixture-bom" is a second build of the fixture's pages, by the same builder process (or both
    // kept from the run that built this very code and content), with a BOM before one guide.
    const { edits, ...options } = SITE_VARIANTS['fixture-bom'];
    expect(options).toEqual(SITE_VARIANTS.fixture);
    expect(Object.keys(edits)).toEqual([guide]);
    expect(await readFile(path.join(FIXTURE_CONTENT, guide), 'utf8')).not.toMatch(/^\uFEFF/);
    expect(await readFile(path.join(withBom.contentDir, guide), 'utf8')).toMatch(/^\uFEFF/);
    expect(withBom.dir).not.toBe(fixture.dir);
    expect(await hashTree(withBom.dir)).toEqual(before);
  });
});
