import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/content/decode-text.ts';
import { getToday } from '../../src/content/get-today.ts';
import { isReservedDomain } from '../../src/content/is-reserved-domain.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { copyContent } from '../helpers/fixture-content.ts';
import { HOSTILE_FILES } from './hostile-files.ts';

const TODAY = '2026-12-01';
const guide = 'guides/tai-khoan-vneid.mdx';

async function messageFor(prepare: (dir: string) => Promise<void>, today = TODAY): Promise<string> {
  const dir = await copyContent();
  await prepare(dir);
  return loadContent(dir, { today }).then(() => 'loaded without a problem', (error: Error) => error.message);
}

describe('files the loader refuses, each with file, field and fix', () => {
  it.each(HOSTILE_FILES.map((entry) => [entry.name, entry] as const))('refuses %s', async (_name, entry) => {
    const message = await messageFor(entry.prepare);
    expect(message).toContain(entry.expect);
    expect(message).toMatch(/^Nội dung có \d+ lỗi; chưa dựng gì\./);
  });

  it('accepts a BOM at the start of a guide, as Notepad writes it', async () => {
    const message = await messageFor(async (dir) => {
      const file = path.join(dir, guide);
      await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    });
    expect(message).toBe('loaded without a problem');
  });

  it('accepts a review dated today and refuses one dated tomorrow, with today injected', async () => {
    const reviewed = (date: string) => async (dir: string) => {
      const file = path.join(dir, guide);
      await writeFile(file, (await readFile(file, 'utf8')).replace('reviewed: 2026-11-20', `reviewed: ${date}`));
    };
    expect(await messageFor(reviewed('2026-12-01'))).toBe('loaded without a problem');
    expect(await messageFor(reviewed('2026-12-02'))).toContain('→ reviewed: Ngày 2026-12-02 nằm ở tương lai (hôm nay là 2026-12-01).\n  Cách sửa: ghi ngày thật sự đã kiểm tra');
  });

  it('accepts phone numbers with brackets, dots and a leading +', async () => {
    const message = await messageFor(async (dir) => {
      const file = path.join(dir, 'communes/xa-thu.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('phone: 0208 3000 001', 'phone: (0208) 3000.001').replace('phone: 0912 000 001', 'phone: +84 912 000 001'));
    });
    expect(message).toBe('loaded without a problem');
  });

  it('accepts a reserved example domain when the site is marked as a sample', async () => {
    const message = await messageFor(async (dir) => {
      const file = path.join(dir, 'site.yaml');
      await writeFile(file, `${(await readFile(file, 'utf8')).replace('url: https://thu-nghiem.example.gov.vn', 'url: https://huongdan.example.com')}sample: true\n`);
    });
    expect(message).toBe('loaded without a problem');
  });
});

describe('the pure steps behind the refusals', () => {
  it('names the offset of the first byte that is not UTF-8, after valid Vietnamese letters', () => {
    const bytes = Buffer.concat([Buffer.from('Đăng ký', 'utf8'), Buffer.from([0xff])]);
    expect(() => decodeText(bytes, 'x.yaml')).toThrow('x.yaml → byte 10: Tệp không lưu bằng mã UTF-8 (byte 10 là 0xff).');
  });

  it('drops a leading BOM and normalises to NFC', () => {
    expect(decodeText(Buffer.from('\uFEFFe\u0302\u0301', 'utf8'), 'x.yaml')).toBe('ế');
  });

  it('takes today in Vietnam, seven hours ahead of UTC', () => {
    expect(getToday(new Date('2026-11-30T18:30:00Z'))).toBe('2026-12-01');
    expect(getToday(new Date('2026-11-30T16:30:00Z'))).toBe('2026-11-30');
  });

  it('knows the reserved domains of RFC 2606 and RFC 6761 and nothing else', () => {
    const reserved = ['example.com', 'www.example.org', 'a.example.net', 'site.example', 'x.test', 'x.invalid', 'localhost', 'app.localhost', 'EXAMPLE.COM'];
    const real = ['thainguyen.gov.vn', 'thu-nghiem.example.gov.vn', 'example.com.vn', 'myexample.com', 'testing.vn'];
    expect(reserved.filter((host) => !isReservedDomain(host))).toEqual([]);
    expect(real.filter(isReservedDomain)).toEqual([]);
  });
});
