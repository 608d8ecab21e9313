// npm run build:print [-- --content <dir>] [-- --out <dir>]
// Builds only the print kit (leaflets, posters, banners and their thumbnails) into
// <out>/in-an/, without the website. `npm run build` builds it too, with everything else.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, ContentErrors } from '../src/content/content-error.ts';
import { loadContent } from '../src/content/load-content.ts';
import { buildPrintKit } from '../src/print/build-print-kit.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const contentDir = path.resolve(values.content ?? process.env.DVC_CONTENT_DIR ?? 'content');
const outDir = path.resolve(values.out ?? 'dist');

try {
  const content = await loadContent(contentDir);
  const report = await buildPrintKit(content, outDir, (line) => console.log(line));
  const kb = report.files.reduce((sum, file) => sum + file.bytes, 0) / 1024;
  console.log(`✔ ${report.files.length} print files (${(kb / 1024).toFixed(1)} MB) in ${path.relative(process.cwd(), outDir) || outDir}/in-an/`);
} catch (error) {
  if (error instanceof ContentErrors || error instanceof ContentError) {
    console.error(`\n✖ ${error.message}`);
    process.exit(1);
  }
  throw error;
}
