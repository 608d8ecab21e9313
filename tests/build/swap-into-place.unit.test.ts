import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapIntoPlace, type SwapFs } from '../../src/build/swap-into-place.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-swap-'));
  const dist = path.join(root, 'dist');
  const staging = path.join(root, '.dist-staging-1');
  await mkdir(dist);
  await writeFile(path.join(dist, 'index.html'), 'bản cũ');
  await mkdir(staging);
  await writeFile(path.join(staging, 'index.html'), 'bản mới');
  return { root, dist, staging };
}

const error = (code: string, at: string) => Object.assign(new Error(`${code}: rename '${at}'`), { code, path: at });

/** Real renames, except the one that moves the staged folder in, which fails with `code`. */
const failingSwapIn = (staging: string, code: string): SwapFs => ({
  rename: async (from, to) => {
    if (from === staging) throw error(code, to);
    await rename(from, to);
  },
  rm: (target) => rm(target, { recursive: true, force: true }),
});

describe('swapping the new build into place', () => {
  it('replaces dist/ and removes the previous copy', async () => {
    const { root, dist, staging } = await setUp();
    await swapIntoPlace(staging, dist);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('bản mới');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('puts the old dist/ back when the rename of the new build fails, and says so', async () => {
    const { root, dist, staging } = await setUp();
    const failure = await swapIntoPlace(staging, dist, { fs: failingSwapIn(staging, 'EBUSY') }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe('BuildFsError');
    expect((failure as Error).message.replaceAll(root, '<root>')).toMatchInlineSnapshot(`"Không đặt được bản mới vào <root>/dist: <root>/dist đang bị chương trình khác dùng (EBUSY): đóng cửa sổ thư mục, trình xem hoặc máy chủ thử đang mở nó, rồi chạy lại. Đã trả <root>/dist cũ về chỗ cũ, trang web vẫn như trước."`);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('bản cũ');
    expect((await readdir(root)).sort()).toEqual(['.dist-staging-1', 'dist']);
  });

  it('leaves dist/ untouched when even moving it aside fails', async () => {
    const { dist, staging } = await setUp();
    const fs: SwapFs = { rename: async (_from, to) => { throw error('EACCES', to); }, rm: async () => {} };
    const failure = await swapIntoPlace(staging, dist, { fs }).catch((e: Error) => e.message);
    expect(failure).toContain('(EACCES)');
    expect(failure).toContain('cũ vẫn nguyên chỗ, chưa có gì thay đổi.');
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('bản cũ');
  });

  it('says where the old copy is when the rollback fails too', async () => {
    const { dist, staging } = await setUp();
    let moved = false;
    const fs: SwapFs = {
      rename: async (from, to) => {
        if (moved) throw error('ENOSPC', to);
        moved = true;
        await rename(from, to);
      },
      rm: (target) => rm(target, { recursive: true, force: true }),
    };
    const failure = await swapIntoPlace(staging, dist, { fs }).catch((e: Error) => e.message);
    expect(failure).toMatch(/không trả được bản cũ về .*bản cũ đang ở .*\.dist-previous-\d+, đổi tên nó thành .*dist bằng tay\./);
  });

  it('moves the build in when there was no dist/ yet', async () => {
    const { dist, staging } = await setUp();
    await rm(dist, { recursive: true });
    await swapIntoPlace(staging, dist);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('bản mới');
  });
});
