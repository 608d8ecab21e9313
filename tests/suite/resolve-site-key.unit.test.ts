import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { getTestCodeVersion, resolveSiteKey } from '../helpers/test-cache.ts';

// A shared test site is reused from node_modules/.cache/dvc-kit-tests only while its key is
// unchanged: anything that changes the build's bytes must change the key, or tests would read a
// stale build and pass on code they never built.
describe('resolveSiteKey', () => {
  it('gives the same key to the same variant, content and code', async () => {
    expect(await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT }, 'code-1')).toBe(await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT }, 'code-1'));
  });

  it('changes with the code version, the name, the lint options and the edits', async () => {
    const base = await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT }, 'code-1');
    const others = [
      await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT }, 'code-2'),
      await resolveSiteKey('other', { contentDir: FIXTURE_CONTENT }, 'code-1'),
      await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT, strictLint: true }, 'code-1'),
      await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT, today: '2026-12-01' }, 'code-1'),
      await resolveSiteKey('fixture', { contentDir: FIXTURE_CONTENT, edits: { 'site.yaml': (text) => `${text}\n` } }, 'code-1'),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('changes when one content file changes', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-key-'));
    await cp(FIXTURE_CONTENT, copy, { recursive: true });
    const before = await resolveSiteKey('fixture', { contentDir: copy }, 'code-1');
    await writeFile(path.join(copy, 'guides', 'dang-ky-khai-sinh.mdx'), 'thay đổi', { flag: 'a' });
    expect(await resolveSiteKey('fixture', { contentDir: copy }, 'code-1')).not.toBe(before);
  });

  it('changes the code version when any file under src/ changes, a font or an image as much as a page', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-code-'));
    await mkdir(path.join(root, 'src', 'fonts'), { recursive: true });
    await writeFile(path.join(root, 'src', 'fonts', 'face.woff2'), 'a');
    const before = await getTestCodeVersion(root);
    await writeFile(path.join(root, 'src', 'fonts', 'face.woff2'), 'b');
    expect(await getTestCodeVersion(root)).not.toBe(before);
  });
});
