import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/fixture-content.ts';

const run = promisify(execFile);
const NEW_TITLE = 'Đăng ký khai sinh cho con, bản của thư mục thứ hai';

// The bench builds content/ and then the search fixture in one process. Both folders have the same
// pages and code, so Astro's prerender chunks got the same names and Node's module cache served the
// second build the first one's modules (src/build/create-fresh-prerender-plugin.ts).
describe('two site builds of different content folders in one process', () => {
  const cleanup: string[] = [];
  afterAll(async () => {
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  // Its two Astro builds wait their turn behind the shared sites' builds (one Astro build at a
  // time: src/build/with-astro-lock.ts), which may take minutes on a busy machine.
  it('renders the second folder’s guides, not the first one’s', async () => {
    // The second folder gives one guide another title: same pages, same code, so the same chunk names.
    const first = await copyContent();
    const second = await copyContent({
      'guides/dang-ky-khai-sinh.mdx': (text) => text.replace(/^title: .*$/m, `title: ${NEW_TITLE}`),
    });
    const out = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-two-builds-'));
    cleanup.push(first, second, out);

    // In a process of its own built for production, as the bench builds (see the helper).
    await run(process.execPath, ['tests/helpers/build-two-sites.ts', first, path.join(out, 'a'), second, path.join(out, 'b')], {
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$)/.test(name))), NODE_ENV: 'production' },
    });

    const before = await readFile(path.join(out, 'a/huong-dan/dang-ky-khai-sinh/index.html'), 'utf8');
    const after = await readFile(path.join(out, 'b/huong-dan/dang-ky-khai-sinh/index.html'), 'utf8');
    expect(before).not.toContain(NEW_TITLE);
    expect(after).toMatch(new RegExp(`<h1[^>]*>${NEW_TITLE}</h1>`));
  }, 600_000);
});
