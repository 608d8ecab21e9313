/**
 * The kits' files built on two workers are the same bytes as on one, and a warm build after an
 * edit to one guide's summary rebuilds only the files that show that guide.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/build-all.ts';
import { copyContent, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

let root: string;
const kits = ['print', 'broadcast'];

async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(await Promise.all(files.map(async (entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name))] as const)));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-parallel-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parallel and incremental kit builds', () => {
  it('writes byte-identical files on two workers and on one', async () => {
    await buildAll({ contentDir: FIXTURE_CONTENT, outDir: path.join(root, 'one'), log: () => {}, jobs: 1, only: kits });
    await buildAll({ contentDir: FIXTURE_CONTENT, outDir: path.join(root, 'two'), log: () => {}, jobs: 2, only: kits });
    const one = await readTree(path.join(root, 'one'));
    const two = await readTree(path.join(root, 'two'));
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [file, bytes] of one) expect(two.get(file)?.equals(bytes), file).toBe(true);
  });

  it("rebuilds only the files that show a guide whose summary changed, and copies the rest from the cache", async () => {
    const cacheDir = path.join(root, 'cache');
    const contentDir = await copyContent();
    const cold = await buildAll({ contentDir, outDir: path.join(root, 'cold'), log: () => {}, cacheDir, only: kits });
    expect(cold.files.cached).toBe(0);
    const again = await buildAll({ contentDir, outDir: path.join(root, 'again'), log: () => {}, cacheDir, only: kits });
    expect(again.files).toEqual({ built: 0, cached: cold.files.built });

    const guideFile = path.join(contentDir, 'guides', 'tra-cuu-ho-so.mdx');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(guideFile, (await readFile(guideFile, 'utf8')).replace(/^summary: (.*)$/m, 'summary: $1 Có thêm một câu.'));
    const built: string[] = [];
    const warm = await buildAll({ contentDir, outDir: path.join(root, 'warm'), log: (line) => !line.includes('bộ nhớ đệm') && /\] \//.test(line) && built.push(line), cacheDir, only: kits });
    expect(warm.files.built).toBeGreaterThan(0);
    expect(warm.files.built).toBeLessThan(cold.files.built / 2);
    for (const line of built) expect(line, 'only tra-cuu-ho-so files are rebuilt').toMatch(/tra-cuu-ho-so/);
    await rm(contentDir, { recursive: true, force: true });
  });
});
