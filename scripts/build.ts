// npm run build [-- --content <dir>] [-- --out <dir>] [-- --only print,broadcast]
//               [-- --communes 'phu-*,office'] [-- --jobs 2] [-- --no-cache] [-- --strict-lint]
// Checks content/, then builds the site, every registered kit and the search index into a
// staging folder, and only then replaces dist/. With --only, just those kits' folders.
import path from 'node:path';
import { buildAll } from '../src/build/build-all.ts';
import { getBuildArgs, runBuildCommand } from '../src/build/build-command.ts';
import { t } from '../src/i18n/t.ts';

await runBuildCommand(async () => {
  const options = getBuildArgs();
  const report = await buildAll(options);
  for (const warning of report.warnings) console.warn(`⚠ ${warning}`);
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0);
  const shownOut = path.relative(process.cwd(), options.outDir) || options.outDir;
  const what = options.only ? ` (${options.only.join(', ')})` : '';
  console.log(t('build.done', { out: shownOut, what, seconds: (total / 1000).toFixed(1), built: report.files.built, cached: report.files.cached }));
}, t('build.keptOutput'));
