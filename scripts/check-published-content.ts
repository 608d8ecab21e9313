// npm run check:published [-- --content <dir>] [-- --in-place]
// Issue 8: an office that sets every `sample: true` to false and writes its real contacts must
// still have a green `npm test`. This copies the content folder to a temporary folder, publishes
// it (tests/helpers/publish-content.ts: samples off, "(mẫu)" gone, other phone numbers, no
// reserved example domains) and runs the smoke test of content/ (tests/smoke/) against the copy:
// the build and every output the kits promise. With --in-place it publishes the folder itself
// instead (to run the whole `npm test` on it); revert it afterwards with `git checkout content/`.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getContentDir } from '../src/content/content-dir.ts';
import { publishContent } from '../tests/helpers/publish-content.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, 'in-place': { type: 'boolean' } } });
const source = values.content ? path.resolve(values.content) : getContentDir();

if (values['in-place']) {
  const report = await publishContent(source);
  console.log(`${source}: ${report.samplesFlipped} × sample: true → false, ${report.phonesReplaced} số điện thoại thay, ${report.files.length} tệp sửa (${report.files.join(', ')}).`);
  console.log('Chạy npm test, rồi trả lại bằng: git checkout -- content/');
} else {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-published-'));
  const copy = path.join(root, 'content');
  try {
    await cp(source, copy, { recursive: true });
    const report = await publishContent(copy);
    console.log(`Bản sao ${copy}: ${report.samplesFlipped} × sample: true → false, ${report.phonesReplaced} số điện thoại thay, ${report.files.length} tệp sửa.`);
    const vitest = path.resolve('node_modules/.bin/vitest');
    const run = spawnSync(vitest, ['run', 'tests/smoke'], { stdio: 'inherit', env: { ...process.env, DVC_CONTENT_DIR: copy } });
    process.exitCode = run.status ?? 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
