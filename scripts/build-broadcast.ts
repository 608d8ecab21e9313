// npm run build:broadcast [-- --content <dir>] [-- --out <dir>]
// Builds only the broadcast kit (.txt and .pdf of every script) into <out>/phat-thanh/.
// `npm run build` builds it together with everything else.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBroadcastKit } from '../src/broadcast/build-broadcast-kit.ts';
import { ContentError, ContentErrors } from '../src/content/content-error.ts';
import { getContentDir } from '../src/content/content-dir.ts';
import { loadContent } from '../src/content/load-content.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });

try {
  const content = await loadContent(values.content ? path.resolve(values.content) : getContentDir());
  const report = await buildBroadcastKit(content, path.resolve(values.out ?? 'dist'), (line) => console.log(line));
  for (const warning of report.warnings) console.warn(`⚠ ${warning}`);
  const bytes = report.files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`✔ ${report.files.length} files, ${(bytes / 1024).toFixed(0)} KB`);
} catch (error) {
  if (error instanceof ContentErrors || error instanceof ContentError) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
  throw error;
}
