/**
 * Large type read back from the built PDFs with positions (pdfjs): no line of a leaflet cover,
 * poster headline or slogan, or banner ends inside a compound of print-terms.yaml, and a `|`
 * the office writes in `print.title` starts a new line there. Fixture: the example content.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { OFFICE_EDITION } from '../../src/editions/edition.ts';
import { toMatchKey } from '../../src/pdf/text/keep-compounds.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import type { PrintJob } from '../../src/print/print-catalogue.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { getPlacedText, withPdf, type PlacedText } from '../helpers/pdf.ts';
import { copyContentWithGuide, TEST_GUIDE } from './fixtures.ts';

const LARGE_PT = 17.9;
let plain: Content;
let broken: Content;
let brokenDir: string;

beforeAll(async () => {
  plain = await loadContent((await import('../helpers/fixture-content.ts')).EXAMPLE_CONTENT);
  brokenDir = await copyContentWithGuide((data) => {
    data.print = { ...(data.print as object), title: 'Tài khoản VNeID mức 2 | cho cả nhà' };
  });
  broken = await loadContent(brokenDir);
});
afterAll(async () => {
  await rm(brokenDir, { recursive: true, force: true });
});

async function getLargeLines(content: Content, job: PrintJob): Promise<PlacedText[]> {
  const pdf = await renderPdf(resolvePrintJob(getTextMeasurer(), content, job, resolveEdition(content, OFFICE_EDITION)), 'test');
  return withPdf(pdf, async (doc) => {
    const runs: PlacedText[] = [];
    for (let page = 1; page <= doc.numPages; page++) runs.push(...(await getPlacedText(doc, page)));
    return runs.filter((run) => run.size >= LARGE_PT);
  });
}

/** Pairs of consecutive lines of one block (same size, next baseline below) whose break falls inside a compound. */
function findBrokenCompounds(lines: PlacedText[], compounds: readonly string[]): string[] {
  const found: string[] = [];
  const listed = new Set(compounds.map((compound) => compound.split(/\s+/).map(toMatchKey).join(' ')));
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (a.size !== b.size || b.y <= a.y) continue;
    const tail = a.text.split(/\s+/).map(toMatchKey);
    const head = b.text.split(/\s+/).map(toMatchKey);
    for (const compound of compounds) {
      const keys = compound.split(/\s+/).map(toMatchKey);
      for (let cut = 1; cut < keys.length; cut++) {
        const before = keys.slice(0, cut).join(' ');
        const after = keys.slice(cut).join(' ');
        // Between two listed compounds ("định danh / điện tử" when "định danh điện tử" is too wide) is a fair break.
        const between = listed.has(before) && listed.has(after);
        if (!between && tail.slice(-cut).join(' ') === before && head.slice(0, keys.length - cut).join(' ') === after) found.push(`${a.text} / ${b.text} (${compound})`);
      }
    }
  }
  return found;
}

describe('line breaks in large type', () => {
  const jobs: PrintJob[] = [
    { kind: 'leaflet', guide: TEST_GUIDE },
    { kind: 'poster', guide: TEST_GUIDE, size: 'a3' },
    { kind: 'banner', id: TEST_GUIDE, format: '800x2500', slogan: 'Có tài khoản định danh điện tử, làm hồ sơ tại nhà', guide: TEST_GUIDE },
  ];

  it.each(jobs.map((job) => [job.kind, job] as const))('never ends a line of the %s inside a listed compound', async (_kind, job) => {
    const lines = await getLargeLines(plain, job);
    expect(lines.length).toBeGreaterThan(1);
    expect(plain.printTerms.compounds).toContain('tài khoản');
    expect(findBrokenCompounds(lines, plain.printTerms.compounds)).toEqual([]);
  });

  it('starts a new line where print.title has a |, on the cover and the poster, and prints no |', async () => {
    for (const job of jobs.slice(0, 2)) {
      const lines = await getLargeLines(broken, job);
      const texts = lines.map((line) => line.text);
      const at = texts.findIndex((text) => text.endsWith('mức 2'));
      expect(at, `${job.kind}: ${texts.join(' / ')}`).toBeGreaterThanOrEqual(0);
      expect(texts[at + 1]!.startsWith('cho'), `${job.kind}: ${texts.join(' / ')}`).toBe(true);
      expect(texts.some((text) => text.includes('|'))).toBe(false);
    }
  });
});
