import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { copyContent, FIXTURE_CONTENT, FIXTURE_TODAY } from '../helpers/fixture-content.ts';

async function loadErrors(edits: Record<string, (text: string) => string>) {
  const dir = await copyContent(edits);
  try {
    await loadContent(dir, { today: FIXTURE_TODAY });
    return [];
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return error.errors;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('content/print-terms.yaml', () => {
  it('is read from the fixture with its compounds', async () => {
    const content = await loadContent(FIXTURE_CONTENT, { today: FIXTURE_TODAY });
    expect(content.printTerms.compounds).toContain('hồ sơ');
    expect(content.printTerms.compounds).toContain('dịch vụ công');
  });

  it('may be left out: large type then keeps no compounds', async () => {
    const dir = await copyContent();
    await rm(`${dir}/print-terms.yaml`);
    try {
      expect((await loadContent(dir, { today: FIXTURE_TODAY })).printTerms.compounds).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a one-word entry, naming the file, the field and the fix', async () => {
    const errors = await loadErrors({ 'print-terms.yaml': () => 'compounds:\n  - hồ sơ\n  - khoản\n' });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(/print-terms\.yaml$/);
    expect(errors[0]!.field).toBe('compounds.1');
    expect(errors[0]!.problem).toMatch(/hai từ trở lên/);
    expect(errors[0]!.fix).toMatch(/sửa/);
  });

  it('refuses a "|" in a guide title, which the site would show, and points to print.title', async () => {
    const errors = await loadErrors({ 'guides/tai-khoan-vneid.mdx': (text) => text.replace(/^title: (.*)$/m, 'title: "Đăng ký | tài khoản"') });
    expect(errors.map((error) => `${error.field}: ${error.problem}`)).toEqual([expect.stringMatching(/^title: .*không được có dấu "\|".*print\.title/)]);
  });
});
