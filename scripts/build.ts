// npm run build [-- --content <dir>] [-- --out <dir>] [-- --only print,broadcast]
// Checks content/, then builds the site, every registered kit and the search index into a
// staging folder, and only then replaces dist/. With --only, just those kits' folders.
import path from 'node:path';
import { buildAll } from '../src/build/build-all.ts';
import { buildKitsOnly } from '../src/build/build-kits-only.ts';
import { getBuildArgs, runBuildCommand } from '../src/build/build-command.ts';

const { contentDir, outDir, only } = getBuildArgs();
const shownOut = path.relative(process.cwd(), outDir) || outDir;
const log = (line: string) => console.log(line);

await runBuildCommand(async () => {
  const report = only ? await buildKitsOnly(only, contentDir, outDir, log) : await buildAll({ contentDir, outDir, log });
  for (const warning of report.warnings) console.warn(`⚠ ${warning}`);
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0);
  console.log(`✔ Đã dựng ${shownOut}/${only ? ` (${only.join(', ')})` : ''} trong ${(total / 1000).toFixed(1)} giây`);
}, `Thư mục ${shownOut}/ trước đó được giữ nguyên.`);
