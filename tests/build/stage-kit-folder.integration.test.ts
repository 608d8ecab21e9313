import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { stageKitFolder } from '../../src/build/stage-kit-folder.ts';
import { splitFrontmatter } from '../../src/content/read-source.ts';
import { copyContent } from '../helpers/fixture-content.ts';
import { hashTree } from '../helpers/hash-tree.ts';

const run = promisify(execFile);

/** A live dist/ with an "In ấn" page, an old leaflet and a file the kit no longer makes. */
async function liveDist(): Promise<{ root: string; dist: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-kit-'));
  const dist = path.join(root, 'dist');
  await mkdir(path.join(dist, 'in-an/to-gap'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), 'trang chủ');
  await writeFile(path.join(dist, 'in-an/index.html'), 'trang In ấn');
  await writeFile(path.join(dist, 'in-an/to-gap/cu.pdf'), 'tờ gấp cũ');
  return { root, dist };
}

describe('building one kit into a staging folder', () => {
  it('swaps in the new kit folder, keeps the site pages in it and drops files the kit no longer makes', async () => {
    const { root, dist } = await liveDist();
    await stageKitFolder({
      outDir: dist,
      folder: 'in-an',
      build: async (dir) => {
        await mkdir(path.join(dir, 'in-an/to-gap'), { recursive: true });
        await writeFile(path.join(dir, 'in-an/to-gap/moi.pdf'), 'tờ gấp mới');
      },
    });
    expect(Object.keys(await hashTree(dist)).sort()).toEqual(['in-an/index.html', 'in-an/to-gap/moi.pdf', 'index.html']);
    expect(await readFile(path.join(dist, 'in-an/index.html'), 'utf8')).toBe('trang In ấn');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('finds the old kit folder in place when the swap fails', async () => {
    const { root, dist } = await liveDist();
    const before = await hashTree(dist);
    const failure = await stageKitFolder({
      outDir: dist,
      folder: 'in-an',
      build: async (dir) => writeFile(path.join(dir, 'in-an/moi.pdf'), 'mới'),
      fs: {
        rename: async (from, to) => {
          if (from.includes('.dist-staging-')) throw Object.assign(new Error('EROFS'), { code: 'EROFS', path: to });
          await rename(from, to);
        },
        rm: (target) => rm(target, { recursive: true, force: true }),
      },
    }).catch((e: Error) => e.message);
    expect(failure).toContain('nằm trên ổ chỉ đọc (EROFS)');
    expect(failure).toContain('Đã trả');
    expect(await hashTree(dist)).toEqual(before);
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('leaves dist/in-an/ untouched when npm run build:print fails', async () => {
    const { root, dist } = await liveDist();
    const before = await hashTree(dist);
    const long = 'Mở ứng dụng, chọn mục cần làm, điền đủ thông tin theo hướng dẫn trên màn hình rồi kiểm tra lại từng dòng trước khi bấm gửi hồ sơ đi.';
    const file = 'guides/tra-cuu-ho-so.mdx';
    // The last guide in file order overflows its leaflet, so the others are written before the failure.
    const content = await copyContent({
      [file]: (source) => {
        const { frontmatter, body } = splitFrontmatter(source, file);
        const data = frontmatter as Record<string, unknown>;
        data.steps = Array.from({ length: 30 }, (_, i) => ({ title: `Bước thử số ${i + 1}`, detail: `${long} ${long}` }));
        delete data.print;
        return `---\n${stringify(data)}---\n${body}`;
      },
    });
    const result = await run(process.execPath, ['scripts/build.ts', '--only', 'print', '--jobs', '1', '--no-cache', '--content', content, '--out', dist]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tra-cuu-ho-so');
    expect(await hashTree(dist)).toEqual(before);
    expect(await readdir(root)).toEqual(['dist']);
  });
});
