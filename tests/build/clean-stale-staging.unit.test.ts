import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleStaging, isProcessAlive } from '../../src/build/clean-stale-staging.ts';
import { describeFsError } from '../../src/build/describe-fs-error.ts';

describe('leftovers of a killed build', () => {
  it('removes staging and previous folders whose build is no longer running, and keeps the rest', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-stale-'));
    const names = ['dist', '.dist-staging-111', '.dist-previous-222', '.dist-staging-333', `.dist-staging-${process.pid}`, '.dist-staging-abc', 'notes'];
    for (const name of names) await mkdir(path.join(root, name));
    const removed = await cleanStaleStaging(root, (pid) => pid === 333);
    expect(removed.sort()).toEqual(['.dist-previous-222', '.dist-staging-111']);
    expect((await readdir(root)).sort()).toEqual([`.dist-staging-${process.pid}`, '.dist-staging-333', '.dist-staging-abc', 'dist', 'notes'].sort());
  });

  it('tells a running process from one that has exited', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(2 ** 22 + 12345)).toBe(false);
  });
});

describe('file-system failures as one line', () => {
  it.each([
    ['ENOSPC', 'Ổ đĩa chứa /srv/dist đã đầy (ENOSPC): xóa bớt tệp hoặc dựng vào ổ khác (--out <thư mục>), rồi chạy lại.'],
    ['EROFS', '/srv/dist nằm trên ổ chỉ đọc (EROFS): dựng vào thư mục ghi được (--out <thư mục>), hoặc gỡ chế độ chỉ đọc của ổ.'],
    ['EBUSY', '/srv/dist đang bị chương trình khác dùng (EBUSY): đóng cửa sổ thư mục, trình xem hoặc máy chủ thử đang mở nó, rồi chạy lại.'],
    ['EACCES', 'Không có quyền ghi /srv/dist (EACCES): chạy bằng tài khoản sở hữu thư mục, hoặc dựng vào thư mục khác (--out <thư mục>).'],
  ])('says %s in one line naming the path', (code, message) => {
    const line = describeFsError(Object.assign(new Error('x'), { code, path: '/srv/dist' }));
    expect(line).toBe(message);
    expect(line).not.toContain('\n');
  });

  it('leaves other errors alone, so bugs keep their stack trace', () => {
    expect(describeFsError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
