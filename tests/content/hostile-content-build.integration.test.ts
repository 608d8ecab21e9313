import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/build-all.ts';
import { buildSite } from '../../src/build/build-site.ts';
import { copySite, getBuiltSite } from '../helpers/built-site.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { BOM_GUIDE } from '../helpers/site-variants.ts';
import { readPage } from '../helpers/read-html.ts';
import { routes } from '../../src/paths.ts';
import { hashTree } from '../helpers/hash-tree.ts';
import { HOSTILE_FILES } from './hostile-files.ts';
import { HOSTILE_MDX } from './hostile-corpus.ts';

// A copy of the shared fixture build is the live dist/; every hostile content folder is then
// built over it and must be refused with its message, leaving dist/ byte for byte as it was.
const fixture = getBuiltSite('fixture');
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

  it('builds a guide that starts with a BOM, as Notepad saves it, like any other: its page and its print and broadcast files', async () => {
    // The shared fixture build starts this guide with a BOM (site-variants.ts), so every test of that build checks it too.
    expect(await readFile(path.join(FIXTURE_CONTENT, BOM_GUIDE), 'utf8')).not.toMatch(/^\uFEFF/);
    expect(await readFile(path.join(fixture.contentDir, BOM_GUIDE), 'utf8')).toMatch(/^\uFEFF/);
    const slug = path.basename(BOM_GUIDE, '.mdx');
    const { document } = await readPage(fixture.dir, routes.guide(slug));
    expect(document.querySelector('h1')?.textContent).toContain('Đăng ký tài khoản VNeID mức 2');
    // Front matter read as front matter, not shown as text.
    expect(document.body.textContent).not.toMatch(/lifeEvent|onlineLevel/);
    expect(Object.keys(before).filter((file) => file.includes(slug) && /\.(pdf|txt)$/.test(file)).length).toBeGreaterThan(2);
  });
});
