/**
 * The slug line (issue 12 item 7): every page of every press PDF names its file, its side and
 * its content date, in the slug outside the bleed box and inside the media box, clear of the
 * marks; on the photocopy edition (no slug: its page is the A4 trim) below the text's safe area.
 * Built as the kit writes the files and read back with pdfjs text positions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import type { Edition } from '../../src/editions/edition.ts';
import { getFont } from '../../src/pdf/get-font.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { LEAFLET } from '../../src/print/formats.ts';
import { getJobDate } from '../../src/print/get-job-date.ts';
import { buildPrintFile, printKit } from '../../src/print/kit.ts';
import { getFoldPositions } from '../../src/print/layout/resolve-leaflet-panels.ts';
import type { PrintFileEntry } from '../../src/print/print-catalogue.ts';
import { getPrintFileName, resolvePrintFile } from '../../src/print/resolve-print-file.ts';
import { isOverprintColour } from '../../src/pdf/overprint.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { getRawPageBoxes, withPdf } from '../helpers/pdf.ts';

const PT_TO_MM = 25.4 / 72;
const font = getFont('regular');
const ASCENT = font.ascent / font.unitsPerEm;
const DESCENT = -font.descent / font.unitsPerEm;

interface Run {
  text: string;
  left: number;
  right: number;
  baseline: number;
  /** mm */
  em: number;
}

async function readRuns(bytes: Uint8Array): Promise<Run[][]> {
  return withPdf(bytes, async (pdf) => {
    const pages: Run[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const unit = page.userUnit || 1;
      const mm = (pt: number) => pt * unit * PT_TO_MM;
      const top = page.view[3]!;
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
      pages.push(items.map((item) => ({ text: item.str.normalize('NFC'), left: mm(item.transform[4]), right: mm(item.transform[4] + item.width), baseline: mm(top - item.transform[5]), em: mm(Math.hypot(item.transform[0], item.transform[1])) })));
    }
    return pages;
  });
}

let content: Content;
let pieces: { edition: Edition; entry: PrintFileEntry }[];
beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
  const [office, commune] = getEditions(content);
  const guide = commune!.guides[0]!;
  // One guide's leaflet, photocopy edition and posters in the commune's edition; one banner of each format.
  pieces = [
    ...printKit.getFiles(content, commune!).filter((entry) => entry.job.guide === guide).map((entry) => ({ edition: commune!, entry })),
    ...printKit.getFiles(content, office!).filter((entry) => entry.job.kind === 'banner' && entry.job.id === 'khau-hieu-1').map((entry) => ({ edition: office!, entry })),
  ];
});

/** The runs of the slug line: those that hold its date, which nothing else on the piece sets that small. */
function getSlugRuns(runs: Run[], expected: string[]): Run[] {
  const slug = runs.filter((run) => expected.some((part) => run.text.includes(part)) && run.em < 2.2);
  expect(slug.map((run) => run.text).join(' · ')).toBe(expected.join(' · '));
  return slug;
}

describe('the slug line', () => {
  it('is on every page of each press PDF: file name, side and the date the piece prints, outside the bleed box and inside the media box', async () => {
    const kinds = new Set<string>();
    for (const { edition, entry } of pieces.filter(({ entry }) => !(entry.job.kind === 'leaflet' && entry.job.mono))) {
      const [built] = await buildPrintFile(content, edition, entry, { thumbnails: false });
      const bytes = built!.data as Buffer;
      const boxes = getRawPageBoxes(bytes);
      const pages = await readRuns(bytes);
      const [year, month, day] = getJobDate(content, entry.job as Exclude<PrintFileEntry['job'], { kind: 'order-sheet' }>).split('-');
      const sides = entry.kind === 'leaflet' ? ['Mặt ngoài', 'Mặt trong'] : ['Mặt trước'];
      expect(pages, entry.path).toHaveLength(sides.length);
      pages.forEach((runs, i) => {
        const [, , , mediaTop] = boxes[i]!.media!;
        const [bx1, , bx2, by2] = boxes[i]!.bleed!;
        const [, by1] = boxes[i]!.bleed!;
        const bleed = { left: bx1!, right: bx2!, top: mediaTop! - by2!, bottom: mediaTop! - by1! };
        const expected = [getPrintFileName(entry), sides[i]!, `Cập nhật ngày ${day}/${month}/${year}`];
        for (const run of getSlugRuns(runs, expected)) {
          const where = `${entry.path} page ${i + 1} "${run.text}" at ${run.left.toFixed(1)}–${run.right.toFixed(1)}, ${run.baseline.toFixed(1)} mm`;
          const inkTop = run.baseline - ASCENT * run.em;
          const inkBottom = run.baseline + DESCENT * run.em;
          const outside = inkTop >= bleed.bottom || inkBottom <= bleed.top || run.right <= bleed.left || run.left >= bleed.right;
          expect(outside, where).toBe(true);
          expect(run.left, where).toBeGreaterThanOrEqual(0);
          expect(run.right, where).toBeLessThanOrEqual(boxes[i]!.media![2]!);
          expect(inkBottom, where).toBeLessThanOrEqual(mediaTop!);
        }
      });
      kinds.add(entry.job.kind === 'poster' ? `poster ${entry.job.size}` : entry.job.kind === 'banner' ? `banner ${entry.job.format}` : entry.kind);
    }
    expect([...kinds].sort()).toEqual(['banner 3000x1000', 'banner 5000x1500', 'banner 800x2500', 'leaflet', 'poster a0', 'poster a1', 'poster a2', 'poster a3']);
  });

  it('stays between the crop mark and the first fold of the leaflet, crossing no fold mark', async () => {
    const { edition, entry } = pieces.find(({ entry }) => entry.job.kind === 'leaflet' && !entry.job.mono)!;
    const layout = resolvePrintFile(getTextMeasurer(), content, edition, entry, () => []);
    layout.pages.forEach((page, i) => {
      const slug = page.elements.filter((element) => element.type === 'text' && element.y > page.bleedBox.y + page.bleedBox.height);
      expect(slug.length).toBeGreaterThan(0);
      const folds = getFoldPositions(i === 0 ? 'outside' : 'inside').map((fold) => page.trimBox.x + fold);
      for (const element of slug) {
        if (element.type !== 'text') continue;
        expect(element.colour).toBe('ink');
        expect(isOverprintColour(element.colour)).toBe(true);
        for (const fold of folds) expect(element.x > fold || element.x + element.width < fold, `${element.lines[0]!.text} crosses the fold at ${fold} mm`).toBe(true);
        expect(element.x).toBeGreaterThan(page.trimBox.x);
      }
    });
  });

  it('sits in the bottom margin of the photocopy edition, below the 5 mm safe area and inside the page, one panel wide', async () => {
    const { edition, entry } = pieces.find(({ entry }) => entry.job.kind === 'leaflet' && entry.job.mono)!;
    const [built] = await buildPrintFile(content, edition, entry, { thumbnails: false });
    const pages = await readRuns(built!.data as Buffer);
    const { reviewed } = content.guides.find((guide) => guide.slug === entry.job.guide)!;
    const [year, month, day] = reviewed.split('-');
    pages.forEach((runs, i) => {
      const expected = [getPrintFileName(entry), i === 0 ? 'Mặt ngoài' : 'Mặt trong', `Cập nhật ngày ${day}/${month}/${year}`];
      const folds = getFoldPositions(i === 0 ? 'outside' : 'inside');
      for (const run of getSlugRuns(runs, expected)) {
        const where = `${entry.path} page ${i + 1} "${run.text}"`;
        expect(run.baseline - ASCENT * 0.85 * run.em, where).toBeGreaterThanOrEqual(LEAFLET.trim.height - LEAFLET.safe);
        expect(run.baseline + DESCENT * run.em, where).toBeLessThanOrEqual(LEAFLET.trim.height);
        expect(run.left, where).toBeGreaterThan(0);
        expect(run.right, where).toBeLessThan(LEAFLET.trim.width);
        for (const fold of folds) expect(run.left > fold || run.right < fold, `${where} crosses the fold at ${fold} mm`).toBe(true);
      }
    });
  });
});
