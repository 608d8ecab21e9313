/**
 * The black-and-white photocopy edition of every leaflet: listed for every edition, an A4 page
 * with no press marks, painted in 100% K only (content stream read back), with no large solid
 * area, and a white cover where the colour leaflet's is red (rendered pixels).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { OFFICE_EDITION } from '../../src/editions/edition.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { printFiles } from '../../src/paths.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { colourAt, getInflatedStreams, getRawPageBoxes, readPdfText, renderPage, withPdf } from '../helpers/pdf.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { TEST_GUIDE } from './fixtures.ts';

const PT_PER_MM = 72 / 25.4;
/** The largest filled rectangle allowed, mm²: a QR code's longest run of modules is about 13. */
const MAX_SOLID_MM2 = 60;

let content: Content;
let mono: Buffer;
let colour: Buffer;
beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
  const edition = resolveEdition(content, OFFICE_EDITION);
  mono = await renderPdf(resolvePrintJob(getTextMeasurer(), content, { kind: 'leaflet', guide: TEST_GUIDE, mono: true }, edition), 'test');
  colour = await renderPdf(resolvePrintJob(getTextMeasurer(), content, { kind: 'leaflet', guide: TEST_GUIDE }, edition), 'test');
});

describe('the black-and-white photocopy leaflet', () => {
  it('is listed next to each leaflet of every edition, as its own file', () => {
    for (const edition of getEditions(content)) {
      const files = getPrintFiles(content, edition);
      for (const slug of edition.guides) {
        const entry = files.find((file) => file.job.kind === 'leaflet' && file.job.guide === slug && file.job.mono);
        expect(entry?.path, `${edition.id} ${slug}`).toBe(printFiles.leafletMono(slug, edition.ref));
        expect(entry!.path).not.toBe(printFiles.leaflet(slug, edition.ref));
      }
    }
  });

  it('paints every fill and stroke in K only, with no RGB or grey operators', () => {
    const streams = getInflatedStreams(mono).filter((stream) => stream.includes('BT') || stream.includes(' re\n'));
    expect(streams.length).toBe(2);
    const ops = streams.flatMap((stream) => [...stream.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (scn|SCN)\n/g)]);
    expect(ops.length).toBeGreaterThan(20);
    for (const [op, c, m, y] of ops) expect([c, m, y], op).toEqual(['0', '0', '0']);
    for (const stream of streams) expect(stream).not.toMatch(/\s(rg|RG|g|G|k|K)\n/);
    // The colour leaflet does use other plates, so the check above can fail.
    const colourOps = getInflatedStreams(colour).flatMap((stream) => [...stream.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) scn\n/g)]);
    expect(colourOps.some(([, c, m, y]) => c !== '0' || m !== '0' || y !== '0')).toBe(true);
  });

  it('fills no rectangle larger than a QR code\'s run of modules', () => {
    const areas = getInflatedStreams(mono).flatMap((stream) => [...stream.matchAll(/[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+) re\n/g)].map(([, w, h]) => (Number(w) * Number(h)) / PT_PER_MM ** 2));
    expect(areas.length).toBeGreaterThan(20);
    expect(Math.max(...areas)).toBeLessThanOrEqual(MAX_SOLID_MM2);
    const colourAreas = getInflatedStreams(colour).flatMap((stream) => [...stream.matchAll(/[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+) re\n/g)].map(([, w, h]) => (Number(w) * Number(h)) / PT_PER_MM ** 2));
    expect(Math.max(...colourAreas)).toBeGreaterThan(MAX_SOLID_MM2);
  });

  it('is an A4 page without bleed or crop marks, with the same words as the colour leaflet', async () => {
    for (const box of getRawPageBoxes(mono)) {
      expect(box.media).toEqual([0, 0, 297, 210]);
      expect(box.trim).toEqual([0, 0, 297, 210]);
    }
    expect(await readPdfText(mono)).toEqual(await readPdfText(colour));
  });

  it('has a white front cover where the colour leaflet is red', async () => {
    const pxPerMm = 2;
    const monoPixels = await withPdf(mono, (pdf) => renderPage(pdf, 1, pxPerMm));
    const colourPixels = await withPdf(colour, (pdf) => renderPage(pdf, 1, pxPerMm));
    // Near the foot of the front cover, between the place name and the frame: paper in mono, red in colour.
    const [r, g, b] = colourAt(monoPixels, pxPerMm, 290, 203);
    expect(Math.min(r, g, b)).toBeGreaterThan(240);
    const slug = 8; // the colour page carries its slug margin for marks
    const [cr, cg, cb] = colourAt(colourPixels, pxPerMm, 290 + slug, 203 + slug);
    expect(cr - Math.max(cg, cb)).toBeGreaterThan(60);
  });
});
