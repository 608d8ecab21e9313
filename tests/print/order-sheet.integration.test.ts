/**
 * The print-shop order sheet (issue 12 item 7), built as the kit writes it and read back with
 * pdfjs text positions: every file the print kit makes for the edition, with its size and press
 * facts from the formats table and its quantity by the rules, all inside the A4 safe area.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import type { Edition } from '../../src/editions/edition.ts';
import { t } from '../../src/i18n/t.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { ORDER_SHEET } from '../../src/print/formats.ts';
import { getPressSpec } from '../../src/print/get-press-spec.ts';
import { buildPrintFile, printKit } from '../../src/print/kit.ts';
import { getPressEntries } from '../../src/print/order-sheet/get-order-rows.ts';
import { resolveOrderSheet } from '../../src/print/order-sheet/resolve-order-sheet.ts';
import { getEditionCataloguePath, printFiles, routes } from '../../src/paths.ts';
import { copyContent, EXAMPLE_CONTENT, FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { withPdf } from '../helpers/pdf.ts';

const PT_TO_MM = 25.4 / 72;

interface Run {
  text: string;
  x: number;
  right: number;
  baseline: number;
  size: number;
}

/** Every text run of every page, mm from the page's top-left. */
async function readRuns(bytes: Uint8Array): Promise<Run[][]> {
  return withPdf(bytes, async (pdf) => {
    const pages: Run[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const top = page.view[3]!;
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
      pages.push(items.map((item) => ({ text: item.str.normalize('NFC'), x: item.transform[4] * PT_TO_MM, right: (item.transform[4] + item.width) * PT_TO_MM, baseline: (top - item.transform[5]) * PT_TO_MM, size: Math.hypot(item.transform[0], item.transform[1]) })));
    }
    return pages;
  });
}

async function buildSheet(content: Content, edition: Edition) {
  const files = printKit.getFiles(content, edition);
  const sheet = files.find((entry) => entry.kind === 'order-sheet')!;
  const [built] = await buildPrintFile(content, edition, sheet);
  return { files, sheet, pages: await readRuns(built!.data as Buffer) };
}

/** The runs on a file's row: those on the baseline of its name. */
function rowOf(pages: Run[][], name: string): string[] {
  for (const runs of pages) {
    const named = runs.find((run) => run.text === name);
    if (named) return runs.filter((run) => Math.abs(run.baseline - named.baseline) < 0.3).map((run) => run.text);
  }
  throw new Error(`no row for ${name}`);
}

let content: Content;
let commune: Edition;
beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
  commune = resolveEdition(content, { kind: 'commune', slug: 'xa-thu' });
});

describe("a commune's order sheet", () => {
  it('is a print kit file of the edition, listed after the files it names, at its path from src/paths.ts', () => {
    const files = printKit.getFiles(content, commune);
    expect(files.at(-1)).toMatchObject({ kind: 'order-sheet', path: printFiles.orderSheet(commune.ref), trim: { width: 297, height: 210 }, thumbnails: [] });
    expect(files.filter((entry) => entry.kind === 'order-sheet')).toHaveLength(1);
  });

  it("lists every file the kit's getFiles gives the commune, with the trimmed size, paper, fold, sides and colour of the formats table", async () => {
    const { files, pages } = await buildSheet(content, commune);
    const folder = getEditionCataloguePath(routes.print, commune.ref);
    const press = getPressEntries(files);
    expect(press.length).toBe(commune.guides.length * 6);
    for (const entry of press) {
      const spec = getPressSpec(entry.job);
      const row = rowOf(pages, entry.path.slice(folder.length));
      expect(row, entry.path).toContain(`${entry.trim.width} × ${entry.trim.height}`);
      expect(row, entry.path).toContain(t(`order.paper.${spec.paper}`));
      expect(row, entry.path).toContain(t(`order.fold.${spec.fold}`));
      expect(row, entry.path).toContain(t(`order.sides.${spec.sides}`));
      expect(row, entry.path).toContain(t(`order.colour.${spec.colour}`));
    }
    const all = pages.flat().map((run) => run.text);
    expect(all.filter((text) => text === 'lật cạnh ngắn')).toHaveLength(commune.guides.length * 2);
    expect(all.filter((text) => text === 'Đen trắng')).toHaveLength(commune.guides.length);
    expect(all).toContain('80 g/m²');
  });

  it('suggests quantities from the 6 hamlets and 950 households of the fixture commune by the stated rules', async () => {
    const { pages } = await buildSheet(content, commune);
    const guide = commune.guides[0]!;
    // Leaflets: 950 / 2 + 100 = 575 → 600; masters and A3: 6 + 2; A2: 1; A1, A0: 0.
    expect(rowOf(pages, `to-gap/${guide}.pdf`)).toContain('600 tờ');
    expect(rowOf(pages, `to-gap/${guide}-den-trang.pdf`)).toContain('8 tờ');
    expect(rowOf(pages, `ap-phich/${guide}-a3.pdf`)).toContain('8 tờ');
    expect(rowOf(pages, `ap-phich/${guide}-a2.pdf`)).toContain('1 tờ');
    expect(rowOf(pages, `ap-phich/${guide}-a0.pdf`)).toContain('0 tờ');
    const text = pages.flat().map((run) => run.text).join(' ');
    // The file as it lies in the content folder, wherever that folder is.
    expect(text).toContain('theo communes/xa-thu.yaml, trường hamlets: 6 thôn, 950 hộ');
    expect(text).toContain('Tờ gấp A4 gấp ba: một tờ cho 2 hộ khi xã ghi số hộ');
  });

  it('keeps every character inside the A4 safe area, and numbers its pages', async () => {
    const { sheet, pages } = await buildSheet(content, commune);
    expect(pages).toHaveLength(sheet.pages);
    const { safe, trim } = ORDER_SHEET;
    pages.forEach((runs, i) => {
      expect(runs.map((run) => run.text), `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
      for (const run of runs) {
        const where = `page ${i + 1} "${run.text}" at ${run.x.toFixed(1)}–${run.right.toFixed(1)}, ${run.baseline.toFixed(1)} mm`;
        expect(run.x, where).toBeGreaterThanOrEqual(safe - 0.01);
        expect(run.right, where).toBeLessThanOrEqual(trim.width - safe + 0.01);
        // Ink reaches about one type size above the baseline and a quarter below.
        expect(run.baseline - run.size * PT_TO_MM, where).toBeGreaterThanOrEqual(safe - 0.01);
        expect(run.baseline + run.size * PT_TO_MM * 0.3, where).toBeLessThanOrEqual(trim.height - safe + 0.01);
      }
    });
  });
});

describe('the order sheet of a sample commune', () => {
  it('carries "MẪU" on every page, and suggests leaflets per hamlet when the file gives no households', async () => {
    const example = await loadContent(EXAMPLE_CONTENT);
    const edition = resolveEdition(example, { kind: 'commune', slug: 'trung-hoi' });
    expect(edition.sample).toBe(true);
    const { pages } = await buildSheet(example, edition);
    for (const runs of pages) expect(runs.map((run) => run.text)).toContain('MẪU');
    // 9 hamlets × 80 + 100 = 820 → 850.
    expect(rowOf(pages, `to-gap/${edition.guides[0]}.pdf`)).toContain('850 tờ');
  });
});

describe('order sheets without a hamlet count, of the office, and with a name too long', () => {
  let dir: string;
  let bare: Content;
  beforeAll(async () => {
    dir = await copyContent({ 'communes/xa-thu.yaml': (source) => source.replace(/hamlets:\n(?: {2}.*\n)+/, '') });
    bare = await loadContent(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says the quantity is not suggested on every row and how to add the hamlet count, with no number made up', async () => {
    const edition = resolveEdition(bare, { kind: 'commune', slug: 'xa-thu' });
    expect(edition.hamlets).toBeUndefined();
    const { files, pages } = await buildSheet(bare, edition);
    const all = pages.flat().map((run) => run.text);
    expect(all.filter((text) => text === 'Chưa gợi ý')).toHaveLength(getPressEntries(files).length);
    expect(all.some((text) => / (tờ|tấm)$/.test(text))).toBe(false);
    const joined = all.join(' ');
    expect(joined).toContain('communes/xa-thu.yaml chưa ghi số thôn của xã');
    expect(joined).toContain('hamlets: { count: 12 }');
  });

  it("suggests banners per commune on the office's sheet and no leaflet or poster quantity, over several pages", async () => {
    const office = resolveEdition(content, { kind: 'office' });
    const { files, sheet, pages } = await buildSheet(content, office);
    expect(sheet.pages).toBeGreaterThan(1);
    expect(pages).toHaveLength(sheet.pages);
    const banners = getPressEntries(files).filter((entry) => entry.kind === 'banner');
    expect(banners.length).toBe(3 * (content.site.slogans.length + content.guides.length));
    for (const banner of banners) {
      const row = rowOf(pages, banner.path.slice(routes.print.length));
      expect(row, banner.path).toContain(banner.job.kind === 'banner' && banner.job.format === '800x2500' ? '2 tấm' : '1 tấm');
      expect(row, banner.path).toContain('Bạt hiflex');
    }
    const leaflet = getPressEntries(files).find((entry) => entry.kind === 'leaflet')!;
    expect(rowOf(pages, leaflet.path.slice(routes.print.length))).toContain('Chưa gợi ý');
  });

  it('fails naming the guide file and the fix, in Vietnamese, when a file name is too long for its column', () => {
    const office = resolveEdition(content, { kind: 'office' });
    const files = printKit.getFiles(content, office);
    const long = files.map((entry) => (entry.kind === 'leaflet' ? { ...entry, path: entry.path.replace('.pdf', `-${'rat-dai'.repeat(20)}.pdf`) } : entry));
    let error: unknown;
    try {
      resolveOrderSheet(getTextMeasurer(), content, office, long);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { file, message } = error as ContentError;
    expect(file).toMatch(/tests\/fixtures\/content\/guides\/.+\.mdx$/);
    expect(message).toContain('ở cột “Tệp” của phiếu đặt in dài hơn cột');
    expect(message).toContain('Cách sửa: đặt tên tệp ngắn hơn');
  });
});
