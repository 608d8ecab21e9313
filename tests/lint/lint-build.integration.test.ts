import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/build/build-all.ts';
import { ContentErrors } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { lintContent, runContentLint } from '../../src/lint/lint-content.ts';
import { copyContent, FIXTURE_CONTENT, FIXTURE_TODAY } from '../helpers/fixture-content.ts';

const guide = 'guides/tra-cuu-ho-so.mdx';
const withCmnd = { [guide]: (text: string) => text.replace('fee: ', 'fee: Mang CMND. ') };

describe('the content linter in the build', () => {
  it('finds nothing in the fixture content', async () => {
    expect(await lintContent(await loadContent(FIXTURE_CONTENT), { today: FIXTURE_TODAY })).toEqual([]);
  });

  it('turns findings into warnings that name file, line, words and the fix', async () => {
    const content = await loadContent(await copyContent(withCmnd));
    const [warning, ...rest] = await runContentLint(content, { today: FIXTURE_TODAY });
    expect(rest).toEqual([]);
    expect(warning).toMatch(/tra-cuu-ho-so\.mdx:\d+ \(fee\): “CMND” – Từ cũ: chứng minh nhân dân hết giá trị từ ngày 1\/1\/2025/);
    expect(warning).toContain('Gợi ý: Viết "thẻ căn cước hoặc thẻ căn cước công dân".');
  });

  it('stops a strict build before anything is built, and leaves the output folder alone', async () => {
    const contentDir = await copyContent(withCmnd);
    const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-lint-')), 'dist');
    const error = await buildAll({ contentDir, outDir, strictLint: true, today: FIXTURE_TODAY, log: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as Error).message).toMatch(/tra-cuu-ho-so\.mdx → dòng \d+ \(fee\): “CMND”: Từ cũ: .*\n  Cách sửa: Viết "thẻ căn cước/);
  });

  it('dates the reviewed rule against the day it is given', async () => {
    const content = await loadContent(FIXTURE_CONTENT);
    const findings = await lintContent(content, { today: '2028-01-01' });
    expect(findings.map((finding) => finding.rule)).toEqual(content.guides.map(() => 'stale-review'));
  });
});
