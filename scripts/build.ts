// npm run build [-- --content <dir>] [-- --out <dir>] [-- --strict-lint]
// Checks content/, then builds the site, the print kit, the broadcast kit and the search
// index into a staging folder, and only then replaces dist/.
import path from 'node:path';
import { buildAll } from '../src/build/build-all.ts';
import { getBuildArgs, runBuildCommand } from '../src/build/build-command.ts';

const { contentDir, outDir, strictLint } = getBuildArgs();
const shownOut = path.relative(process.cwd(), outDir) || outDir;

await runBuildCommand(async () => {
  const report = await buildAll({ contentDir, outDir, strictLint, log: (line) => console.log(line) });
  for (const warning of report.warnings) console.warn(`⚠ ${warning}`);
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0);
  console.log(`✔ Built ${shownOut}/ in ${(total / 1000).toFixed(1)} s`);
}, `The previous ${shownOut}/ was left as it was.`);
