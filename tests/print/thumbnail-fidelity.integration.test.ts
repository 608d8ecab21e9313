import { mkdir, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import type { Edition } from '../../src/editions/edition.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { drawThumbnail, type Palette } from '../../src/pdf/draw-thumbnail.ts';
import type { PdfLayout, PdfPage } from '../../src/pdf/elements.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { PRINT_PRODUCER } from '../../src/print/kit.ts';
import { getPrintFiles, type PrintFileEntry } from '../../src/print/print-catalogue.ts';
import { renderPdfjsThumbnails } from '../../src/print/render-pdfjs-thumbnails.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { colours, type ColourName } from '../../src/tokens.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { getImageDifference, getPixel } from '../helpers/image-difference.ts';
import { TEST_GUIDE } from './fixtures.ts';

/**
 * Thumbnails are drawn from the layout (src/pdf/draw-thumbnail.ts), not rendered from the PDF;
 * this holds them against what a PDF viewer shows of the very same PDF: pdf.js, which made the
 * thumbnails before. The measure is the mean absolute difference of the two images in
 * greyscale, each shrunk 2× by block means (tests/helpers/image-difference.ts), 0–255.
 *
 * The bar, 0.5, sits between what the two renderers differ by on a faithful drawing and what
 * the smallest fault tried here costs. Faithful: 0.04–0.09 on every page below (anti-aliasing
 * of glyph edges; measured when this test was written). Faults: one step's paragraph left out
 * of the inside page, 0.9; the MẪU stamp turned the other way, 2.3–3; the page cropped at the
 * bleed instead of the trim, 2.6–16. The second test keeps those faults failing the bar.
 *
 * pdf.js shows CMYK in colours of its own (its brand red is about #bf261b; the tokens' screen
 * red is #a61b1b), so the comparison draws in pdf.js's colours, read from a swatch PDF made by
 * the same renderPdf; the thumbnails the kit writes use the tokens' rgb (third test).
 */
const BAR = 0.5;

interface Sample {
  name: string;
  layout: PdfLayout;
  entry: PrintFileEntry;
  reference: Buffer[];
}

let content: Content;
let office: Edition;
let pdfjsPalette: Palette;
let samples: Sample[];

beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
  office = getEditions(content)[0]!;
  pdfjsPalette = await getPdfjsPalette();
  const entries = getPrintFiles(content, office).filter(
    (entry) =>
      entry.thumbnails.length > 0 &&
      ((entry.job.kind !== 'banner' && entry.job.guide === TEST_GUIDE) || (entry.job.kind === 'banner' && entry.job.id === 'khau-hieu-1')),
  );
  samples = await Promise.all(
    entries.map(async (entry) => {
      const layout = resolvePrintJob(getTextMeasurer(), content, entry.job, office);
      const pdf = await renderPdf(layout, PRINT_PRODUCER);
      const reference = await renderPdfjsThumbnails(pdf, entry.thumbnails.map((thumbnail, i) => ({ trimBox: layout.pages[i]!.trimBox, width: thumbnail.width, height: thumbnail.height })));
      return { name: entry.path.split('/').at(-1)!.replace(/\.pdf$/, ''), layout, entry, reference };
    }),
  );
});

/** pdf.js's RGB for each token's CMYK: one swatch per colour in a PDF from renderPdf, rendered at 1 px per mm. */
async function getPdfjsPalette(): Promise<Palette> {
  const names = Object.keys(colours) as ColourName[];
  const box = { x: 0, y: 0, width: names.length * 10, height: 10 };
  const swatches: PdfLayout = {
    meta: { title: 'swatches', author: 'test', subject: 'test', date: '2026-12-01' },
    pages: [{ media: { width: box.width, height: box.height }, trimBox: box, bleedBox: box, userUnit: 1, elements: names.map((fill, i) => ({ type: 'rect', x: i * 10, y: 0, width: 10, height: 10, fill })) }],
  };
  const [png] = await renderPdfjsThumbnails(await renderPdf(swatches, PRINT_PRODUCER), [{ trimBox: box, width: box.width, height: box.height }]);
  const entries = await Promise.all(names.map(async (name, i) => [name, `rgb(${(await getPixel(png!, i * 10 + 5, 5)).join(',')})`] as const));
  return Object.fromEntries(entries) as Palette;
}

const eachPage = () => samples.flatMap((sample) => sample.entry.thumbnails.map((size, i) => ({ sample, size, page: sample.layout.pages[i]!, reference: sample.reference[i]!, number: i + 1 })));

describe('thumbnails drawn from the layout', () => {
  it(`look like pdf.js's rendering of the same PDF (greyscale difference under ${BAR}) on the leaflet, the photocopy leaflet, the A3 poster and the three banners`, async () => {
    const pages = eachPage();
    expect(new Set(pages.map(({ sample }) => sample.entry.kind))).toEqual(new Set(['leaflet', 'poster', 'banner']));
    expect(pages.length).toBe(2 + 2 + 1 + 3);
    await mkdir('.vitest-out/print/thumbnails', { recursive: true });
    for (const { sample, size, page, reference, number } of pages) {
      const drawn = drawThumbnail(page, size, pdfjsPalette);
      // Kept for a person to look at side by side.
      await writeFile(`.vitest-out/print/thumbnails/${sample.name}.trang-${number}.pdfjs.png`, reference);
      await writeFile(`.vitest-out/print/thumbnails/${sample.name}.trang-${number}.drawn.png`, drawThumbnail(page, size));
      expect(await getImageDifference(reference, drawn), `${sample.name} page ${number}`).toBeLessThan(BAR);
    }
  });

  it(`would fail the bar on a real fault: a page cropped at the bleed, a paragraph left out, the MẪU stamp turned the wrong way`, async () => {
    const leaflet = eachPage().find(({ sample, number }) => sample.entry.kind === 'leaflet' && sample.entry.job.kind === 'leaflet' && !sample.entry.job.mono && number === 2)!;
    const { page, size, reference } = leaflet;
    const atBleed: PdfPage = { ...page, trimBox: page.bleedBox };
    const paragraph = page.elements.findIndex((element) => element.type === 'text' && element.lines.length >= 3);
    const withoutParagraph: PdfPage = { ...page, elements: page.elements.filter((_, i) => i !== paragraph) };
    const stampTurned: PdfPage = { ...page, elements: page.elements.map((element) => (element.type === 'text' && element.rotate ? { ...element, rotate: -element.rotate } : element)) };
    expect(paragraph).toBeGreaterThanOrEqual(0);
    expect(page.elements.some((element) => element.type === 'text' && element.rotate)).toBe(true);
    for (const [fault, broken] of [['cropped at the bleed', atBleed], ['a paragraph left out', withoutParagraph], ['stamp turned', stampTurned]] as const) {
      // Cropped at the bleed, the page is drawn at the thumbnail's size still, a little smaller.
      expect(await getImageDifference(reference, drawThumbnail(broken, size, pdfjsPalette)), fault).toBeGreaterThan(BAR);
    }
  });

  it("are drawn in the tokens' screen colours: the leaflet's flap in the tint, its front cover in the brand red", async () => {
    const { page, size } = eachPage().find(({ sample, number }) => sample.entry.job.kind === 'leaflet' && !sample.entry.job.mono && number === 1)!;
    const png = drawThumbnail(page, size);
    const pxPerMm = size.width / page.trimBox.width;
    // 2 mm inside the trim's top edge: clear of text (5 mm safe margin), as in leaflet-visual.
    const at = (mm: number) => Math.round(mm * pxPerMm);
    const hex = (rgb: number[]) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
    expect(hex(await getPixel(png, at(2), at(2)))).toBe(colours.tint.rgb);
    expect(hex(await getPixel(png, at(199), at(2)))).toBe(colours.brand.rgb);
  });

  it('give the same bytes every time the same page is drawn', async () => {
    for (const { page, size } of eachPage()) {
      const [first, second] = [drawThumbnail(page, size), drawThumbnail(page, size)];
      expect(first.equals(second)).toBe(true);
    }
  });
});
