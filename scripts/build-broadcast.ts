// npm run build:broadcast [-- --content <dir>] [-- --out <dir>]
// Builds only the broadcast kit (.txt and .pdf of every script) into <out>/phat-thanh/.
// `npm run build` builds it together with everything else.
import { buildBroadcastKit } from '../src/broadcast/build-broadcast-kit.ts';
import { getBuildArgs, runBuildCommand } from '../src/build/build-command.ts';
import { stageKitFolder } from '../src/build/stage-kit-folder.ts';
import { loadContent } from '../src/content/load-content.ts';

const { contentDir, outDir } = getBuildArgs();

await runBuildCommand(async () => {
  const content = await loadContent(contentDir);
  // Built in a staging folder; dist/phat-thanh/ is swapped in (keeping the site's announcer pages) once every file is written.
  const report = await stageKitFolder({ outDir, folder: 'phat-thanh', build: (dir) => buildBroadcastKit(content, dir, (line) => console.log(line)) });
  for (const warning of report.warnings) console.warn(`⚠ ${warning}`);
  const bytes = report.files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`✔ ${report.files.length} files, ${(bytes / 1024).toFixed(0)} KB`);
});
