// npm run bench: what the kit costs. Builds everything once into a temporary folder and
// prints build time per stage, first-visit bytes per page type, and the print, broadcast and
// meeting kits' own figures. Targets live here, not in timed unit tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchSite } from '../src/bench/bench-site.ts';
import { benchBroadcast } from '../src/broadcast/bench-broadcast.ts';
import { formatTable } from '../src/bench/format-table.ts';
import { buildAll } from '../src/build/build-all.ts';
import { getContentDir } from '../src/content/content-dir.ts';
import { loadContent } from '../src/content/load-content.ts';
import { benchMeeting } from '../src/meeting/bench-meeting.ts';
import { benchPrint } from '../src/print/bench-print.ts';

const contentDir = getContentDir();
const work = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-bench-'));
try {
  const outDir = path.join(work, 'dist');
  const report = await buildAll({ contentDir, outDir, log: () => {} });
  console.log(formatTable('Build time per stage', report.timings.map((t) => ({ label: t.stage, value: t.ms / 1000, unit: 's' }))));

  const content = await loadContent(contentDir);
  console.log(formatTable('Print kit', await benchPrint(content)));
  console.log(formatTable('Broadcast kit', await benchBroadcast(content)));
  console.log(formatTable('Meeting kit', await benchMeeting(content)));
  console.log(formatTable('First visit on a 360 px phone (budget: 45 KB HTML+CSS+fonts, 0 B JavaScript on guides)', await benchSite(outDir, content.guides[0]!.slug)));
} finally {
  await rm(work, { recursive: true, force: true });
}
