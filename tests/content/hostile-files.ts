import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_BODY_BYTES } from '../../src/content/limits.ts';

/**
 * Hostile or broken content files the loader must refuse (or repair), one per class of issue 7
 * part 3. `prepare` edits a copy of tests/fixtures/content; `expect` is part of the message.
 */
export interface HostileFile {
  name: string;
  prepare: (dir: string) => Promise<void>;
  expect: string;
}

const guide = 'guides/tai-khoan-vneid.mdx';
const edit = async (dir: string, file: string, change: (text: string) => string) => {
  await writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')));
};
const editBytes = async (dir: string, file: string, change: (bytes: Buffer) => Buffer) => {
  await writeFile(path.join(dir, file), change(await readFile(path.join(dir, file))));
};

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'a guide with bytes that are not UTF-8 (saved as Windows-1258)',
    // "Đăng" in Windows-1258: 0xD0 0xE3 n g. 0xD0 starts a 2-byte UTF-8 sequence that 0xE3 cannot continue.
    prepare: (dir) => editBytes(dir, guide, (bytes) => Buffer.concat([bytes.subarray(0, 10), Buffer.from([0xd0, 0xe3, 0x6e, 0x67]), bytes.subarray(10)])),
    expect: 'guides/tai-khoan-vneid.mdx → byte 10: Tệp không lưu bằng mã UTF-8 (byte 10 là 0xd0).\n  Cách sửa: lưu tệp dạng “UTF-8”',
  },
  {
    name: 'a glossary with a NUL byte',
    prepare: (dir) => edit(dir, 'glossary.yaml', (text) => text.replace('term: VNeID', 'term: VNe\u0000ID')),
    expect: 'glossary.yaml → dòng 5:12: Tệp có byte NUL',
  },
  {
    name: 'a YAML alias bomb in site.yaml',
    prepare: (dir) => edit(dir, 'site.yaml', (text) => `${text}x: &a ["ha","ha","ha","ha","ha","ha","ha","ha"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nw: [*c,*c,*c,*c,*c,*c,*c,*c]\n`),
    expect: 'site.yaml: Tệp dùng quá nhiều bí danh YAML (*tên): hơn 20',
  },
  {
    name: 'a guide saved as .md',
    prepare: (dir) => cp(path.join(dir, guide), path.join(dir, 'guides/dang-ky-ket-hon.md')),
    expect: 'guides/dang-ky-ket-hon.md: Tệp này không được đọc: trong guides/ chỉ đọc các tệp .mdx (chữ thường).\n  Cách sửa: đổi tên thành dang-ky-ket-hon.mdx',
  },
  {
    name: 'a guide saved as .MDX',
    prepare: (dir) => cp(path.join(dir, guide), path.join(dir, 'guides/dang-ky-ket-hon.MDX')),
    expect: 'guides/dang-ky-ket-hon.MDX: Tệp này không được đọc: trong guides/ chỉ đọc các tệp .mdx',
  },
  {
    name: 'a glossary with the same id twice',
    prepare: (dir) => edit(dir, 'glossary.yaml', (text) => text.replace('- id: dinh-danh-dien-tu-muc-2', '- id: vneid')),
    expect: 'glossary.yaml → 2.id: Trường `2.id` bị trùng: "vneid" đã là id của mục 1 ("VNeID")',
  },
  {
    name: 'a guide that is a symbolic link to a file outside content/',
    prepare: async (dir) => {
      const outside = path.join(os.tmpdir(), `dvc-kit-outside-${process.pid}.mdx`);
      await cp(path.join(dir, guide), outside);
      await symlink(outside, path.join(dir, 'guides/bi-mat.mdx'));
    },
    expect: 'guides/bi-mat.mdx: Tệp này là liên kết tới ',
  },
  {
    name: 'a guide reviewed in the future',
    prepare: (dir) => edit(dir, guide, (text) => text.replace('reviewed: 2026-11-20', 'reviewed: 2099-11-20')),
    expect: 'guides/tai-khoan-vneid.mdx → reviewed: Ngày 2099-11-20 nằm ở tương lai',
  },
  {
    name: 'a source dated in the future',
    prepare: (dir) => edit(dir, guide, (text) => text.replace('    date: 2026-11-01', '    date: 2099-01-01')),
    expect: 'guides/tai-khoan-vneid.mdx → sources.0.date: Ngày 2099-01-01 nằm ở tương lai',
  },
  {
    name: 'a phone number written as words',
    prepare: (dir) => edit(dir, 'communes/xa-thu.yaml', (text) => text.replace('phone: 0912 000 001', 'phone: gọi cho anh Ba')),
    expect: 'communes/xa-thu.yaml → digitalTeam.phone: Trường `digitalTeam.phone` phải là số điện thoại: chỉ gồm chữ số',
  },
  {
    name: 'a hotline with letters in it',
    prepare: (dir) => edit(dir, 'site.yaml', (text) => text.replace('hotline: 0208 3000 000', 'hotline: 0208 3000 000 (chị Lan)')),
    expect: 'site.yaml → support.hotline: Trường `support.hotline` phải là số điện thoại',
  },
  {
    name: 'a guide body over the size limit',
    prepare: (dir) => edit(dir, guide, (text) => `${text}\n${'Chữ rất dài. '.repeat(Math.ceil(MAX_BODY_BYTES / 10))}\n`),
    expect: `guides/tai-khoan-vneid.mdx → body: Thân bài dài 116 KB, quá ${MAX_BODY_BYTES / 1024} KB`,
  },
  {
    name: 'a site address on a reserved example domain while sample is false',
    prepare: (dir) => edit(dir, 'site.yaml', (text) => text.replace('url: https://thu-nghiem.example.gov.vn', 'url: https://huongdan.example.com')),
    expect: 'site.yaml → url: Địa chỉ https://huongdan.example.com thuộc tên miền dành cho ví dụ và thử nghiệm, không ai truy cập được, nhưng `sample` đang là false',
  },
];
