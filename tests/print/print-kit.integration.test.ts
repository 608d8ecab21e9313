import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content, type Guide } from '../../src/content/load-content.ts';
import { absoluteUrl, printFiles, routes } from '../../src/paths.ts';
import { buildPrintKit, type PrintReport } from '../../src/print/build-print-kit.ts';
import { getPrintCatalogue } from '../../src/print/print-catalogue.ts';
import { getGuidePrintText } from '../../src/print/print-text.ts';
import { getTestCommune, isTestSubset, makeTempDir, TEST_GUIDE } from './fixtures.ts';
import { colours } from '../../src/tokens.ts';
import { decodeQrIn, getInflatedStreams, getPageText, getRawPageBoxes, normalise, renderPage, withPdf } from '../helpers/pdf.ts';

let content: Content;
let guide: Guide;
let dist: string;
let again: string;
let report: PrintReport;
const read = (file: string, dir = dist) => readFile(path.join(dir, file));

beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
  guide = content.guides.find((candidate) => candidate.slug === TEST_GUIDE)!;
  dist = await makeTempDir('dist');
  again = await makeTempDir('again');
  report = await buildPrintKit(content, dist, () => {}, { filter: isTestSubset(content) });
  await buildPrintKit(content, again, () => {}, { filter: isTestSubset(content), thumbnails: false });
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
  await rm(again, { recursive: true, force: true });
});

describe('print kit build', () => {
  it('writes every catalogue file of the subset, with a PNG thumbnail per page at the catalogue size', async () => {
    const entries = getPrintCatalogue(content).filter(isTestSubset(content));
    expect(report.files.map((file) => `/${file.path}`)).toEqual(entries.map((entry) => entry.path));
    for (const entry of entries) {
      for (const thumbnail of entry.thumbnails) {
        const png = await read(thumbnail.path);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([thumbnail.width, thumbnail.height]);
      }
    }
  });

  it('gives byte-identical PDFs when the same content is built twice', async () => {
    for (const file of report.files) expect((await read(file.path)).equals(await read(file.path, again)), file.path).toBe(true);
  });

  it('paints in CMYK from the token table, never RGB', async () => {
    const streams = getInflatedStreams(await read(printFiles.leaflet(TEST_GUIDE))).join('\n');
    const [c, m, y, k] = colours.brand.cmyk.map((percent) => percent / 100);
    expect(streams).toContain(`/DeviceCMYK cs\n${c} ${m} ${y} ${k} scn`);
    expect(streams).not.toMatch(/DeviceRGB| rg\n| RG\n/);
  });

  it('keeps a leaflet under 200 KB', () => {
    for (const file of report.files.filter((f) => f.kind === 'leaflet')) expect(file.bytes).toBeLessThan(200 * 1024);
  });
});

describe('leaflet PDF', () => {
  it('has two pages with media, bleed and trim boxes as DESIGN.md says', async () => {
    const boxes = getRawPageBoxes(await read(printFiles.leaflet(TEST_GUIDE)));
    expect(boxes).toHaveLength(2);
    for (const page of boxes) {
      expect(page.media).toEqual([0, 0, 313, 226]);
      expect(page.bleed).toEqual([5, 5, 308, 221]);
      expect(page.trim).toEqual([8, 8, 305, 218]);
    }
  });

  it('carries title, author and language vi', async () => {
    const { info } = await withPdf(await read(printFiles.leaflet(TEST_GUIDE)), async (pdf) => (await pdf.getMetadata()) as unknown as { info: Record<string, string> });
    expect(info.Title).toBe(`${getGuidePrintText(guide).title.text} – Tờ gấp`);
    expect(info.Author).toBe(content.site.office);
    expect(info.Language).toBe('vi');
  });

  it('prints every field of the guide as the same text (every Vietnamese letter round-trips)', async () => {
    const text = await withPdf(await read(printFiles.leaflet(TEST_GUIDE)), async (pdf) => normalise(`${await getPageText(pdf, 1)} ${await getPageText(pdf, 2)}`));
    const printed = getGuidePrintText(guide);
    const fields = [printed.title, printed.slogan, printed.summary, printed.help, printed.fee, printed.processingTime, printed.result, ...printed.before, ...printed.documents, ...printed.steps.flatMap((s) => [s.title, s.detail])];
    for (const field of fields) expect(text, field.source.field).toContain(normalise(field.text));
    expect(text).toContain(content.site.support.hotline);
    expect(text.replace(/\s/g, '')).toContain(absoluteUrl(content.site.url, routes.guide(TEST_GUIDE)).replace('https://', ''));
  });

  it('carries the commune contact block in the commune edition', async () => {
    const commune = getTestCommune(content);
    const text = await withPdf(await read(printFiles.leaflet(TEST_GUIDE, { kind: 'commune', slug: commune.slug })), async (pdf) => normalise(await getPageText(pdf, 1)));
    for (const value of [commune.name, commune.serviceCentre.address, commune.serviceCentre.hours, commune.serviceCentre.phone, commune.digitalTeam.contact, commune.digitalTeam.phone]) {
      expect(text).toContain(normalise(value));
    }
  });

  it('stamps "MẪU" on every page built from sample content', async () => {
    expect(content.site.sample).toBe(true);
    for (const file of report.files) {
      await withPdf(await read(file.path), async (pdf) => {
        for (let page = 1; page <= pdf.numPages; page++) expect(await getPageText(pdf, page), file.path).toContain('MẪU');
      });
    }
  });

  it('has a QR code on the back cover that decodes to the guide page', async () => {
    const pixels = await withPdf(await read(printFiles.leaflet(TEST_GUIDE)), (pdf) => renderPage(pdf, 1, 8));
    // Back cover: 97–197 mm from the left trim, which is 8 mm into the media.
    expect(decodeQrIn(pixels, 8, { x: 8 + 97, y: 8 + 100, width: 100, height: 110 })).toBe(absoluteUrl(content.site.url, routes.guide(TEST_GUIDE)));
  });
});

describe('posters and banners', () => {
  it('scales the A3 poster to A2, A1 and A0 with 3 mm bleed', async () => {
    const sizes = { a3: [297, 420], a2: [420, 594], a1: [594, 841], a0: [841, 1189] } as const;
    for (const [size, [width, height]] of Object.entries(sizes)) {
      const [page] = getRawPageBoxes(await read(printFiles.poster(TEST_GUIDE, size as keyof typeof sizes)));
      expect(page?.trim).toEqual([8, 8, 8 + width, 8 + height]);
      expect(page?.bleed).toEqual([5, 5, 11 + width, 11 + height]);
    }
  });

  it('prints the headline, three steps and the hotline on the poster, with a QR code to the guide', async () => {
    const [text, pixels] = await withPdf(await read(printFiles.poster(TEST_GUIDE, 'a3')), async (pdf) => [normalise(await getPageText(pdf, 1)), await renderPage(pdf, 1, 4)] as const);
    const printed = getGuidePrintText(guide);
    for (const field of [printed.title, printed.slogan, ...printed.posterSteps]) expect(text).toContain(normalise(field.text));
    expect(printed.posterSteps).toHaveLength(3);
    expect(text).toContain(content.site.support.hotline);
    expect(decodeQrIn(pixels, 4, { x: 8, y: 8 + 300, width: 130, height: 120 })).toBe(absoluteUrl(content.site.url, routes.guide(TEST_GUIDE)));
  });

  it('decodes the QR code of the A0 poster too', async () => {
    const pixels = await withPdf(await read(printFiles.poster(TEST_GUIDE, 'a0')), (pdf) => renderPage(pdf, 1, 1.2));
    expect(decodeQrIn(pixels, 1.2, { x: 8, y: 8 + 850, width: 370, height: 339 })).toBe(absoluteUrl(content.site.url, routes.guide(TEST_GUIDE)));
  });

  it('sets the campaign slogan on banners of all three sizes, with 5 mm bleed', async () => {
    for (const [format, width, height] of [['5000x1500', 5000, 1500], ['3000x1000', 3000, 1000], ['800x2500', 800, 2500]] as const) {
      const bytes = await read(printFiles.banner('khau-hieu-1', format));
      expect(getRawPageBoxes(bytes)[0]?.trim).toEqual([15, 15, 15 + width, 15 + height]);
      const text = await withPdf(bytes, async (pdf) => normalise(await getPageText(pdf, 1)));
      expect(text).toContain(normalise(content.site.slogans[0]!));
    }
  });
});
