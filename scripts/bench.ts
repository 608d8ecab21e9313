// npm run bench [-- --communes N | --only search]: what the kit costs. Builds everything once into a temporary folder and
// prints build time per stage, first-visit bytes per page type, and the print, broadcast and
// meeting kits' own figures, and the test suite's time (npm test with its shared test sites built
// afresh; skip it with -- --no-suite, it doubles the bench's time). Targets live here,
// not in timed unit tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchSite } from '../src/bench/bench-site.ts';
import { benchScale } from '../src/bench/bench-scale.ts';
import { benchSuite } from '../src/bench/bench-suite.ts';
import { buildSearchSite } from '../src/bench/build-search-site.ts';
import { benchSearch } from '../src/bench/bench-search.ts';
import { SEARCH_CONTENT } from '../src/bench/search-corpus.ts';
import { benchBroadcast } from '../src/broadcast/bench-broadcast.ts';
import { formatTable } from '../src/bench/format-table.ts';
import { buildAll } from '../src/build/build-all.ts';
import { getContentDir } from '../src/content/content-dir.ts';
import { loadContent } from '../src/content/load-content.ts';
import { benchMeeting } from '../src/meeting/bench-meeting.ts';
import { benchPrint } from '../src/print/bench-print.ts';

const contentDir = getContentDir();
const communesAt = process.argv.indexOf('--communes');
if (communesAt > 0) {
  // npm run bench -- --communes 92: the province-scale benchmark only.
  const count = Number(process.argv[communesAt + 1]);
  console.log(formatTable(`A province: ${count} more sample communes`, await benchScale(contentDir, count)));
  process.exit(0);
}
const work = await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-bench-'));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'search') {
  console.error(`npm run bench -- --only ${only}: the one part that runs alone is "search"`);
  process.exit(1);
}
try {
  // npm run bench -- --only search: the search fixture and its figures, without the full build.
  if (only === 'search') await printSearchBench(work);
  else await printAll(work);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function printAll(work: string): Promise<void> {
  const outDir = path.join(work, 'dist');
  const report = await buildAll({ contentDir, outDir, log: () => {} });
  console.log(formatTable('Build time per stage', report.timings.map((t) => ({ label: t.stage, value: t.ms / 1000, unit: 's' }))));

  const content = await loadContent(contentDir);
  console.log(formatTable('Print kit', await benchPrint(content)));
  console.log(formatTable('Broadcast kit', await benchBroadcast(content)));
  console.log(formatTable('Meeting kit', await benchMeeting(content)));
  console.log(formatTable('First visit on a 360 px phone (budget: 45 KB HTML+CSS+fonts, 0 B JavaScript on guides)', await benchSite(outDir, content.guides[0]!.slug)));

  await printSearchBench(work);
  if (!process.argv.includes('--no-suite')) console.log(formatTable('Test suite on this machine, shared test sites built afresh (target: npm test well under 2 minutes on 2 cores)', benchSuite()));
}

async function printSearchBench(work: string): Promise<void> {
  // The corpus is written for the search fixture (a copy of the example content), so the hit
  // rate is measured there whatever the office has put in content/.
  const searchDir = path.join(work, 'search-fixture');
  await buildSearchSite(SEARCH_CONTENT, searchDir);
  const search = await benchSearch(searchDir);
  console.log(formatTable('Search: tests/corpus/search-queries.yaml on tests/fixtures/example-content; first search at 400 kbit/s, 400 ms RTT, 4× CPU', search.rows));
  for (const miss of search.misses) console.log(`  miss: ${miss}`);
}
