/**
 * The benchmark's bare pdfkit leaflet (src/print/render-bare-leaflet.ts) is only a fair
 * yardstick if it writes as much as the real leaflet: the same pages and the same lines.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { renderBareLeaflet } from '../../src/print/render-bare-leaflet.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { normalise, readPdfText } from '../helpers/pdf.ts';
import { TEST_GUIDE } from './fixtures.ts';

describe('the bare pdfkit leaflet of the print benchmark', () => {
  it('has the leaflet’s pages and every line of its text', async () => {
    const content = await loadContent(EXAMPLE_CONTENT);
    const edition = getEditions(content)[0]!;
    const entry = getPrintFiles(content, edition).find((file) => file.kind === 'leaflet' && file.job.guide === TEST_GUIDE)!;
    const layout = resolvePrintJob(getTextMeasurer(), content, entry.job, edition);
    const pages = await readPdfText(await renderBareLeaflet(layout));
    expect(pages).toHaveLength(layout.pages.length);
    layout.pages.forEach((page, i) => {
      const lines = page.elements.flatMap((element) => (element.type === 'text' ? element.lines.map((line) => normalise(line.text)) : []));
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(normalise(pages[i]!)).toContain(line);
    });
  });
});
