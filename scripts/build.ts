// npm run build [-- --content <dir>] [-- --out <dir>]
// Checks content/, then builds the site, the print kit, the broadcast kit and the search
// index into a staging folder, and only then replaces dist/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildAll } from '../src/build/build-all.ts';
import { ContentError, ContentErrors } from '../src/content/content-error.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
const contentDir = path.resolve(values.content ?? process.env.DVC_CONTENT_DIR ?? 'content');
const outDir = path.resolve(values.out ?? 'dist');

try {
  const report = await buildAll({ contentDir, outDir, log: (line) => console.log(line) });
  for (const warning of report.warnings) console.warn(`⚠ ${warning}`);
  const total = report.timings.reduce((sum, timing) => sum + timing.ms, 0);
  console.log(`✔ Built ${path.relative(process.cwd(), outDir) || outDir}/ in ${(total / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof ContentErrors || error instanceof ContentError) {
    console.error(`\n✖ ${error.message}\n\nThe previous ${path.relative(process.cwd(), outDir)}/ was left as it was.`);
    process.exit(1);
  }
  throw error;
}
