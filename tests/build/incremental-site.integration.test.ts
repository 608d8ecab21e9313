/**
 * The site stage of an incremental build (buildSite with a cache folder): after one guide's
 * summary changes, a page about a commune featuring that guide is rendered afresh and a page about
 * a commune that does not feature it is copied from the last build (Astro's incremental build,
 * keyed by src/editions/get-edition-page-key.ts). Each build's cached copy of a page is marked
 * before the next build, so a copied page shows the mark and a rendered one does not. Share cards
 * are keyed by their words.
 */
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { getEditionCataloguePath, routes, siteFiles } from '../../src/paths.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

const MARK = '<!-- copied from the cache -->';
const EDITED = 'Tóm tắt đã sửa cho lần dựng thứ hai.';
// xa-thu features every fixture guide, tra-cuu-ho-so among them; a second commune features the
// other two and a fourth guide (a copy of the VNeID one under another name), not tra-cuu-ho-so.
const featuring = 'xa-thu';
const other = 'xa-hai';
const FOURTH = 'tai-khoan-vneid-ban-sao';

let root: string;
const read = (dir: string, page: string) => readFile(path.join(dir, page, 'index.html'), 'utf8');

/** Every cached copy Astro keeps of the last build's pages and cards (below the cache folder's astro/<key>/dist/). */
async function markCachedPages(cacheDir: string): Promise<number> {
  const files = (await readdir(cacheDir, { recursive: true })).filter((file) => file.endsWith('.html') || file.endsWith('.png'));
  await Promise.all(files.map((file) => appendFile(path.join(cacheDir, file), MARK)));
  return files.length;
}

let marked = 0;
let first: string;
let second: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-incremental-site-'));
  const guide = await readFile(path.join(FIXTURE_CONTENT, 'guides', 'tai-khoan-vneid.mdx'), 'utf8');
  const commune = await readFile(path.join(FIXTURE_CONTENT, 'communes', `${featuring}.yaml`), 'utf8');
  const contentDir = await copyContent({
    [`guides/${FOURTH}.mdx`]: () => guide.replace(/^title: .*$/m, 'title: Tài khoản VNeID cho người cao tuổi'),
    [`communes/${other}.yaml`]: () => commune.replaceAll('xã Thử', 'xã Hai').replace('  - tra-cuu-ho-so', `  - ${FOURTH}`),
  });
  const cacheDir = path.join(root, 'cache');
  first = path.join(root, 'first');
  second = path.join(root, 'second');
  await buildSite(contentDir, first, cacheDir);
  marked = await markCachedPages(cacheDir);
  const edited = path.join(contentDir, 'guides', 'tra-cuu-ho-so.mdx');
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^summary: .*$/m, `summary: ${EDITED}`));
  await buildSite(contentDir, second, cacheDir);
  await rm(contentDir, { recursive: true, force: true });
}, 600_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('an incremental build of the site', () => {
  it('keeps a copy of each per-commune page in the cache folder', () => {
    expect(marked).toBeGreaterThan(0);
  });

  it("renders afresh a commune's pages when a guide it features changes", async () => {
    const page = await read(second, routes.commune(featuring));
    expect(page).toContain(EDITED);
    expect(page).not.toContain(MARK);
    expect(await read(second, getEditionCataloguePath(routes.print, { kind: 'commune', slug: featuring }))).not.toContain(MARK);
  });

  it("copies the pages of a commune that does not feature that guide, unchanged but for the mark", async () => {
    for (const page of [routes.commune(other), getEditionCataloguePath(routes.print, { kind: 'commune', slug: other })]) {
      const copied = await read(second, page);
      expect(copied, page).toContain(MARK);
      expect(copied.replace(MARK, ''), page).toBe(await read(first, page));
    }
  });

  it("copies the guide's share card, which shows its title and slogan, not its summary", async () => {
    const card = await readFile(path.join(second, siteFiles.shareCard('tra-cuu-ho-so')));
    expect(card.subarray(-MARK.length).toString()).toBe(MARK);
    expect(card.subarray(0, -MARK.length).equals(await readFile(path.join(first, siteFiles.shareCard('tra-cuu-ho-so'))))).toBe(true);
  });

  it('renders the guide page itself, which is never copied', async () => {
    expect(await read(second, routes.guide('tra-cuu-ho-so'))).toContain(EDITED);
  });
});
