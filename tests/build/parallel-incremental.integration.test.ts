/**
 * The kits' files built on two workers are the same bytes as on one, and a warm build after an
 * edit to one guide's summary rebuilds only the files that show that guide.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll, type BuildReport } from '../../src/build/build-all.ts';
import { t } from '../../src/i18n/t.ts';
import { copyContent } from '../helpers/fixture-content.ts';

let root: string;
// Every kit: each names its own inputs (getInputs), so each is checked for what it rebuilds.
const kits = ['print', 'broadcast', 'meeting', 'contest', 'results'];

async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(await Promise.all(files.map(async (entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name))] as const)));
}

let one: Map<string, Buffer>;
let two: Map<string, Buffer>;
let cold: BuildReport;
let again: BuildReport;
let warm: BuildReport;
const rebuilt: string[] = [];

// The builds run in the hook (which may take minutes on a busy machine); the tests compare. The
// cold build (one worker, empty cache: every file built afresh) is also the one-worker side of the
// comparison with two workers.
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-parallel-'));
  const contentDir = await copyContent();
  await buildAll({ contentDir, outDir: path.join(root, 'two'), log: () => {}, jobs: 2, only: kits });
  two = await readTree(path.join(root, 'two'));

  const cacheDir = path.join(root, 'cache');
  cold = await buildAll({ contentDir, outDir: path.join(root, 'cold'), log: () => {}, jobs: 1, cacheDir, only: kits });
  one = await readTree(path.join(root, 'cold'));
  again = await buildAll({ contentDir, outDir: path.join(root, 'again'), log: () => {}, cacheDir, only: kits });
  const guideFile = path.join(contentDir, 'guides', 'tra-cuu-ho-so.mdx');
  await writeFile(guideFile, (await readFile(guideFile, 'utf8')).replace(/^summary: (.*)$/m, 'summary: $1 Có thêm một câu.'));
  const log = (line: string) => void (/\] \//.test(line) && !line.includes(t('build.fromCache')) && rebuilt.push(line));
  warm = await buildAll({ contentDir, outDir: path.join(root, 'warm'), log, cacheDir, only: kits });
  await rm(contentDir, { recursive: true, force: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('parallel and incremental kit builds', () => {
  it('writes byte-identical files on two workers and on one', () => {
    expect(cold.files.cached, 'the one-worker build built every file afresh').toBe(0);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [file, bytes] of one) expect(two.get(file)?.equals(bytes), file).toBe(true);
  });

  it('copies every file from the cache when nothing changed', () => {
    expect(cold.files.cached).toBe(0);
    expect(again.files).toEqual({ built: 0, cached: cold.files.built });
  });

  it("rebuilds only the files that show a guide whose summary changed", () => {
    expect(warm.files.built).toBeGreaterThan(0);
    expect(warm.files.built).toBeLessThan(cold.files.built / 2);
    // Besides that guide's own files: the meeting files of the one commune featuring it, which list its guides.
    for (const line of rebuilt) expect(line, 'only files showing tra-cuu-ho-so are rebuilt').toMatch(/tra-cuu-ho-so|\/hoi-nghi\/xa\/xa-thu\/(trinh-chieu-ca-hoi-nghi|tai-lieu-hoi-nghi)\./);
    expect(rebuilt.some((line) => line.includes('/hoi-thi/')), 'no contest sheet shows a summary').toBe(false);
  });
});
