// npm exec -- node scripts/search-corpus.ts [--site DIR]: the search corpus alone
// (tests/corpus/search-queries.yaml on tests/fixtures/example-content), in Chromium: how many
// questions find their guide first, and which do not. Builds the search fixture site (about 30 s)
// into a temporary folder, or uses DIR when given and already built (to compare term-table or
// ranking changes, rebuild). Faster than `npm run bench`, which also builds and measures the rest.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSearchSite } from '../src/bench/build-search-site.ts';
import { launchChromium, PHONE } from '../src/bench/chromium.ts';
import { measureHitRate, readSearchCorpus, SEARCH_CONTENT } from '../src/bench/search-corpus.ts';
import { serveStatic } from '../src/bench/serve-static.ts';

const siteAt = process.argv.indexOf('--site');
const given = siteAt > 0 ? path.resolve(process.argv[siteAt + 1]!) : undefined;
const work = given ? undefined : await mkdtemp(path.join(os.tmpdir(), 'dvc-kit-search-corpus-'));
const siteDir = given ?? path.join(work!, 'dist');
try {
  if (!given || !existsSync(path.join(siteDir, 'pagefind'))) await buildSearchSite(SEARCH_CONTENT, siteDir);
  const { url, server } = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ ...PHONE, serviceWorkers: 'block' });
    const corpus = await readSearchCorpus();
    const { hits, total, misses } = await measureHitRate(page, url, corpus);
    for (const miss of misses) {
      const known = corpus.find((entry) => entry.query === miss.query)?.knownMiss;
      console.log(`miss${known ? ' (known)' : ''}: "${miss.query}": ${miss.first ?? 'nothing'} first, expected ${miss.expected}`);
    }
    console.log(`right guide first: ${hits} of ${total} (${((100 * hits) / total).toFixed(1)} %)`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  if (work) await rm(work, { recursive: true, force: true });
}
