import { launchChromium, PHONE } from './chromium.ts';
import { serveStatic } from './serve-static.ts';
import { routes } from '../paths.ts';
import type { BenchRow } from './format-table.ts';
import { firstVisitBytes, measurePageWeight } from './page-weight.ts';

/** First-visit bytes (gzip) of one page of each type, as a 360 px phone downloads them. */
export async function benchSite(siteDir: string, guideSlug: string): Promise<BenchRow[]> {
  const pages: [string, string][] = [
    ['home', routes.home],
    ['guide list', routes.guides],
    ['guide', routes.guide(guideSlug)],
    ['glossary', routes.glossary],
    ['help', routes.help],
    ['search (empty)', routes.search],
  ];
  const rows: BenchRow[] = [];
  const { url, server } = await serveStatic(siteDir);
  const browser = await launchChromium().catch((error: unknown) => {
    server.close();
    throw error;
  });
  try {
    for (const [name, path] of pages) {
      const page = await browser.newPage(PHONE);
      const weight = await measurePageWeight(page, url + path);
      rows.push({ label: `${name}: HTML+CSS+fonts`, value: firstVisitBytes(weight), unit: 'B gzip' });
      rows.push({ label: `${name}: JavaScript`, value: weight.gzipBytes.script ?? 0, unit: 'B gzip' });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
