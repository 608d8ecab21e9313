// npm run build:print [-- --content <dir>] [-- --out <dir>]
// Builds only the print kit (leaflets, posters, banners and their thumbnails) into
// <out>/in-an/, without the website. `npm run build` builds it too, with everything else.
import path from 'node:path';
import { getBuildArgs, runBuildCommand } from '../src/build/build-command.ts';
import { stageKitFolder } from '../src/build/stage-kit-folder.ts';
import { loadContent } from '../src/content/load-content.ts';
import { buildPrintKit } from '../src/print/build-print-kit.ts';

const { contentDir, outDir } = getBuildArgs();

await runBuildCommand(async () => {
  const content = await loadContent(contentDir);
  // Built in a staging folder; dist/in-an/ is swapped in only once every file is written.
  const report = await stageKitFolder({ outDir, folder: 'in-an', build: (dir) => buildPrintKit(content, dir, (line) => console.log(line)) });
  const kb = report.files.reduce((sum, file) => sum + file.bytes, 0) / 1024;
  console.log(`✔ ${report.files.length} print files (${(kb / 1024).toFixed(1)} MB) in ${path.relative(process.cwd(), outDir) || outDir}/in-an/`);
});
